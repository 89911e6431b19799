let id = 497;

let ids = [ 497 ];

let modules = {
    9497: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            createSecretsManagerClient: () => createSecretsManagerClient,
            createSsmClient: () => createSsmClient,
            dataSourceClients: () => function dataSourceClients(env, log) {
                let ec2 = (0, aws_client.xm)(aws_client.y1, env, log);
                let ssm = (0, aws_client.xm)(createSsmClient, env, log);
                let secretsManager = (0, aws_client.xm)(createSecretsManagerClient, env, log);
                let keys = access => access.credentials.accessKey && access.credentials.secretKey || access.credentials.profile || access.credentials.sharedCredentialsFile ? access.credentials : {
                    accessKey: env.AWS_ACCESS_KEY_ID,
                    secretKey: env.AWS_SECRET_ACCESS_KEY,
                    token: env.AWS_SESSION_TOKEN,
                    assumeRole: access.credentials.assumeRole
                };
                return {
                    defaultRegion: env.AWS_REGION || env.AWS_DEFAULT_REGION || void 0,
                    ec2: (region, access) => ec2(region, access.customEndpointEc2, keys(access)),
                    ssm: (region, access) => ssm(region, void 0, keys(access)),
                    secretsManager: (region, access) => secretsManager(region, void 0, keys(access))
                };
            }
        });
        var client = __webpack_require__(5152);
        var dist_cjs = __webpack_require__(402);
        var submodules_client = __webpack_require__(2658);
        var submodules_config = __webpack_require__(7291);
        var endpoints = __webpack_require__(2085);
        var protocols = __webpack_require__(3422);
        var retry = __webpack_require__(3609);
        var schema = __webpack_require__(6890);
        var httpAuthSchemes = __webpack_require__(7523);
        let defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: (0, submodules_client.getSmithyContext)(context).operation,
            region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        });
        let defaultSecretsManagerHttpAuthSchemeProvider = authParameters => {
            var options = [];
            switch (authParameters.operation) {
              default:
                options.push(function createAwsAuthSigv4HttpAuthOption(authParameters) {
                    return {
                        schemeId: "aws.auth#sigv4",
                        signingProperties: {
                            name: "secretsmanager",
                            region: authParameters.region
                        },
                        propertiesExtractor: (config, context) => ({
                            signingProperties: {
                                config: config,
                                context: context
                            }
                        })
                    };
                }(authParameters));
            }
            return options;
        };
        var EndpointParameters = __webpack_require__(479);
        let package_namespaceObject = {
            rE: "3.1178.0"
        };
        var defaultProvider = __webpack_require__(9882);
        var serde = __webpack_require__(2430);
        var node_http_handler = __webpack_require__(3291);
        var submodules_protocols = __webpack_require__(7288);
        var checksum = __webpack_require__(9542);
        __webpack_exports__ = "ref";
        var a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = {
            [__webpack_exports__]: "Endpoint"
        }, i = {
            [__webpack_exports__]: d
        }, j = {
            fn: f,
            argv: [ i, "name" ]
        }, k = {}, l = [ {
            [__webpack_exports__]: "Region"
        } ];
        c = {
            conditions: [ [ c, [ h ] ], [ c, l ], [ "aws.partition", l, d ], [ e, [ {
                [__webpack_exports__]: "UseFIPS"
            }, b ] ], [ e, [ {
                [__webpack_exports__]: "UseDualStack"
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ i, "supportsDualStack" ]
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ i, "supportsFIPS" ]
            }, b ] ], [ g, [ j, "aws" ] ], [ g, [ j, "aws-cn" ] ], [ g, [ j, "aws-us-gov" ] ] ],
            results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, k ], [ "https://secretsmanager-fips.{Region}.amazonaws.com", k ], [ "https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://secretsmanager.{Region}.amazonaws.com", k ], [ "https://secretsmanager.{Region}.amazonaws.com.cn", k ], [ "https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "Invalid Configuration: Missing Region" ] ]
        };
        l = 1e8;
        d = new Int32Array([ -1, 1, -1, 0, 17, 3, 1, 4, l + 14, 2, 5, l + 14, 3, 11, 6, 4, 7, l + 13, 5, 8, l + 12, 7, l + 9, 9, 8, l + 10, 10, 9, l + 9, l + 11, 4, 13, 12, 6, l + 7, l + 8, 5, 14, l + 6, 6, 15, l + 6, 7, l + 4, 16, 9, l + 4, l + 5, 3, l + 1, 18, 4, l + 2, l + 3 ]);
        let bdd = endpoints.BinaryDecisionDiagram.from(d, 2, c.conditions, c.results);
        let cache = new endpoints.EndpointCache({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
        });
        let defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
        endpoints.decideEndpoint)(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
        var schemas_0 = __webpack_require__(5988);
        let runtimeConfig_getRuntimeConfig = config => {
            (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
            let defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
            let defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
            var clientSharedValues = (config => ({
                apiVersion: "2017-10-17",
                base64Decoder: config?.base64Decoder ?? serde.fromBase64,
                base64Encoder: config?.base64Encoder ?? serde.toBase64,
                disableHostPrefix: config?.disableHostPrefix ?? false,
                endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
                extensions: config?.extensions ?? [],
                httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
                httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                    schemeId: "aws.auth#sigv4",
                    identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                    signer: new httpAuthSchemes.AwsSdkSigV4Signer()
                } ],
                logger: config?.logger ?? new submodules_client.NoOpLogger(),
                protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
                protocolSettings: config?.protocolSettings ?? {
                    defaultNamespace: "com.amazonaws.secretsmanager",
                    errorTypeRegistries: schemas_0.q1,
                    version: "2017-10-17",
                    serviceTarget: "secretsmanager"
                },
                serviceId: config?.serviceId ?? "Secrets Manager",
                sha256: config?.sha256 ?? checksum.Sha256,
                urlParser: config?.urlParser ?? protocols.parseUrl,
                utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
                utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
            }))(config);
            (0, client.emitWarningIfUnsupportedVersion)(process.version);
            var loaderConfig = {
                profile: config?.profile,
                logger: clientSharedValues.logger
            };
            return {
                ...clientSharedValues,
                ...config,
                runtime: "node",
                defaultsMode: defaultsMode,
                authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
                bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
                credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider.v6,
                defaultSocketTimeout: (0, client.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
                defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, 
                client.createDefaultUserAgentProvider)({
                    serviceId: clientSharedValues.serviceId,
                    clientVersion: package_namespaceObject.rE
                }),
                maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
                region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
                    ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
                    ...loaderConfig
                }),
                requestHandler: node_http_handler.$.create(config?.requestHandler ?? defaultConfigProvider),
                retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
                    ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                    default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
                }, config),
                streamCollector: config?.streamCollector ?? serde.streamCollector,
                useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
            };
        };
        class SecretsManagerClient extends submodules_client.Client {
            config;
            constructor(...[ configuration ]) {
                var _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
                super(_config_0);
                this.initConfig = _config_0;
                _config_0 = (0, EndpointParameters.v)(_config_0);
                _config_0 = (0, client.resolveUserAgentConfig)(_config_0);
                _config_0 = (0, retry.resolveRetryConfig)(_config_0);
                _config_0 = (0, submodules_config.resolveRegionConfig)(_config_0);
                _config_0 = (0, client.resolveHostHeaderConfig)(_config_0);
                _config_0 = (0, endpoints.resolveEndpointConfig)(_config_0);
                _config_0 = (config => {
                    var config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
                    return Object.assign(config_0, {
                        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
                    });
                })(_config_0);
                _config_0 = ((runtimeConfig, extensions) => {
                    let extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
                    submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, 
                    protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), (runtimeConfig => {
                        let _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
                        let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
                        let _credentials = runtimeConfig.credentials;
                        return {
                            setHttpAuthScheme(httpAuthScheme) {
                                var index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
                                if (-1 === index) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
                            },
                            httpAuthSchemes() {
                                return _httpAuthSchemes;
                            },
                            setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
                                _httpAuthSchemeProvider = httpAuthSchemeProvider;
                            },
                            httpAuthSchemeProvider() {
                                return _httpAuthSchemeProvider;
                            },
                            setCredentials(credentials) {
                                _credentials = credentials;
                            },
                            credentials() {
                                return _credentials;
                            }
                        };
                    })(runtimeConfig));
                    extensions.forEach(extension => extension.configure(extensionConfiguration));
                    return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
                    submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, 
                    protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), (config => ({
                        httpAuthSchemes: config.httpAuthSchemes(),
                        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
                        credentials: config.credentials()
                    }))(extensionConfiguration));
                })(_config_0, configuration?.extensions || []);
                this.config = _config_0;
                this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
                this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
                this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
                this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
                this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
                this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
                this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
                this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
                    httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
                        "aws.auth#sigv4": config.credentials
                    })
                }));
                this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
        let defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: (0, submodules_client.getSmithyContext)(context).operation,
            region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        });
        let defaultSSMHttpAuthSchemeProvider = authParameters => {
            var options = [];
            switch (authParameters.operation) {
              default:
                options.push(function httpAuthSchemeProvider_createAwsAuthSigv4HttpAuthOption(authParameters) {
                    return {
                        schemeId: "aws.auth#sigv4",
                        signingProperties: {
                            name: "ssm",
                            region: authParameters.region
                        },
                        propertiesExtractor: (config, context) => ({
                            signingProperties: {
                                config: config,
                                context: context
                            }
                        })
                    };
                }(authParameters));
            }
            return options;
        };
        var endpoint_EndpointParameters = __webpack_require__(2805);
        let client_ssm_package_namespaceObject = {
            rE: "3.1178.0"
        };
        __webpack_exports__ = "ref";
        e = -1, f = true, i = "isSet", b = "PartitionResult", g = "booleanEquals", 
        j = "getAttr", h = {
            [__webpack_exports__]: "Endpoint"
        }, k = {
            [__webpack_exports__]: b
        }, a = {}, l = [ {
            [__webpack_exports__]: "Region"
        } ];
        d = {
            conditions: [ [ i, [ h ] ], [ i, l ], [ "aws.partition", l, b ], [ g, [ {
                [__webpack_exports__]: "UseFIPS"
            }, f ] ], [ g, [ {
                [__webpack_exports__]: "UseDualStack"
            }, f ] ], [ g, [ {
                fn: j,
                argv: [ k, "supportsDualStack" ]
            }, f ] ], [ g, [ {
                fn: j,
                argv: [ k, "supportsFIPS" ]
            }, f ] ], [ "stringEquals", [ {
                fn: j,
                argv: [ k, "name" ]
            }, "aws-us-gov" ] ] ],
            results: [ [ e ], [ e, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ e, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, a ], [ "https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", a ], [ e, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://ssm.{Region}.amazonaws.com", a ], [ "https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", a ], [ e, "FIPS is enabled but this partition does not support FIPS" ], [ "https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", a ], [ e, "DualStack is enabled but this partition does not support DualStack" ], [ "https://ssm.{Region}.{PartitionResult#dnsSuffix}", a ], [ e, "Invalid Configuration: Missing Region" ] ]
        };
        c = 1e8;
        i = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, c + 12, 2, 5, c + 12, 3, 8, 6, 4, 7, c + 11, 5, c + 9, c + 10, 4, 11, 9, 6, 10, c + 8, 7, c + 6, c + 7, 5, 12, c + 5, 6, c + 4, c + 5, 3, c + 1, 14, 4, c + 2, c + 3 ]);
        let bdd_bdd = endpoints.BinaryDecisionDiagram.from(i, 2, d.conditions, d.results);
        let endpointResolver_cache = new endpoints.EndpointCache({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
        });
        let endpointResolver_defaultEndpointResolver = (endpointParams, context = {}) => endpointResolver_cache.get(endpointParams, () => (0, 
        endpoints.decideEndpoint)(bdd_bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
        var schemas_schemas_0 = __webpack_require__(9060);
        let dist_es_runtimeConfig_getRuntimeConfig = config => {
            (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
            let defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config);
            let defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
            var clientSharedValues = (config => ({
                apiVersion: "2014-11-06",
                base64Decoder: config?.base64Decoder ?? serde.fromBase64,
                base64Encoder: config?.base64Encoder ?? serde.toBase64,
                disableHostPrefix: config?.disableHostPrefix ?? false,
                endpointProvider: config?.endpointProvider ?? endpointResolver_defaultEndpointResolver,
                extensions: config?.extensions ?? [],
                httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
                httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                    schemeId: "aws.auth#sigv4",
                    identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                    signer: new httpAuthSchemes.AwsSdkSigV4Signer()
                } ],
                logger: config?.logger ?? new submodules_client.NoOpLogger(),
                protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
                protocolSettings: config?.protocolSettings ?? {
                    defaultNamespace: "com.amazonaws.ssm",
                    errorTypeRegistries: schemas_schemas_0.q1U,
                    xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
                    version: "2014-11-06",
                    serviceTarget: "AmazonSSM"
                },
                serviceId: config?.serviceId ?? "SSM",
                sha256: config?.sha256 ?? checksum.Sha256,
                urlParser: config?.urlParser ?? protocols.parseUrl,
                utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
                utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
            }))(config);
            (0, client.emitWarningIfUnsupportedVersion)(process.version);
            var loaderConfig = {
                profile: config?.profile,
                logger: clientSharedValues.logger
            };
            return {
                ...clientSharedValues,
                ...config,
                runtime: "node",
                defaultsMode: defaultsMode,
                authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
                bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
                credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider.v6,
                defaultSocketTimeout: (0, client.getDefaultSocketTimeout)(config?.requestHandler, 9e5),
                defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, 
                client.createDefaultUserAgentProvider)({
                    serviceId: clientSharedValues.serviceId,
                    clientVersion: client_ssm_package_namespaceObject.rE
                }),
                maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
                region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
                    ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
                    ...loaderConfig
                }),
                requestHandler: node_http_handler.$.create(config?.requestHandler ?? defaultConfigProvider),
                retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
                    ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                    default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
                }, config),
                streamCollector: config?.streamCollector ?? serde.streamCollector,
                useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
            };
        };
        class SSMClient extends submodules_client.Client {
            config;
            constructor(...[ configuration ]) {
                var _config_0 = dist_es_runtimeConfig_getRuntimeConfig(configuration || {});
                super(_config_0);
                this.initConfig = _config_0;
                _config_0 = (0, endpoint_EndpointParameters.v)(_config_0);
                _config_0 = (0, client.resolveUserAgentConfig)(_config_0);
                _config_0 = (0, retry.resolveRetryConfig)(_config_0);
                _config_0 = (0, submodules_config.resolveRegionConfig)(_config_0);
                _config_0 = (0, client.resolveHostHeaderConfig)(_config_0);
                _config_0 = (0, endpoints.resolveEndpointConfig)(_config_0);
                _config_0 = (config => {
                    var config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
                    return Object.assign(config_0, {
                        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
                    });
                })(_config_0);
                _config_0 = ((runtimeConfig, extensions) => {
                    let extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
                    submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, 
                    protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), (runtimeConfig => {
                        let _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
                        let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
                        let _credentials = runtimeConfig.credentials;
                        return {
                            setHttpAuthScheme(httpAuthScheme) {
                                var index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
                                if (-1 === index) _httpAuthSchemes.push(httpAuthScheme); else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
                            },
                            httpAuthSchemes() {
                                return _httpAuthSchemes;
                            },
                            setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
                                _httpAuthSchemeProvider = httpAuthSchemeProvider;
                            },
                            httpAuthSchemeProvider() {
                                return _httpAuthSchemeProvider;
                            },
                            setCredentials(credentials) {
                                _credentials = credentials;
                            },
                            credentials() {
                                return _credentials;
                            }
                        };
                    })(runtimeConfig));
                    extensions.forEach(extension => extension.configure(extensionConfiguration));
                    return Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
                    submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, 
                    protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), (config => ({
                        httpAuthSchemes: config.httpAuthSchemes(),
                        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
                        credentials: config.credentials()
                    }))(extensionConfiguration));
                })(_config_0, configuration?.extensions || []);
                this.config = _config_0;
                this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config));
                this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config));
                this.middlewareStack.use((0, retry.getRetryPlugin)(this.config));
                this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config));
                this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config));
                this.middlewareStack.use((0, client.getLoggerPlugin)(this.config));
                this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config));
                this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
                    httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
                        "aws.auth#sigv4": config.credentials
                    })
                }));
                this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
        var aws_client = __webpack_require__(658);
        var proxy_refusal = __webpack_require__(7404);
        var request_timeouts = __webpack_require__(6585);
        function createSsmClient(options) {
            var {
                endpoint,
                timeouts,
                config
            } = (0, aws_client.ry)("ssm", options);
            return (0, request_timeouts.YF)((0, proxy_refusal.HR)(new SSMClient(config)), {
                endpoint: (0, aws_client.Lo)("ssm", options.region, endpoint),
                timeouts: timeouts,
                log: options.log,
                endpointSettings: aws_client.ci.ssm
            });
        }
        function createSecretsManagerClient(options) {
            var {
                endpoint,
                timeouts,
                config
            } = (0, aws_client.ry)("secretsmanager", options);
            return (0, request_timeouts.YF)((0, proxy_refusal.HR)(new SecretsManagerClient(config)), {
                endpoint: (0, aws_client.Lo)("secretsmanager", options.region, endpoint),
                timeouts: timeouts,
                log: options.log,
                endpointSettings: aws_client.ci.secretsmanager
            });
        }
    }
};

export {
    id,
    ids,
    modules
};