export const id = 354;
export const ids = [354];
export const modules = {

/***/ 9354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSecretsManagerClient: () => (/* binding */ createSecretsManagerClient),
/* harmony export */   createSsmClient: () => (/* binding */ createSsmClient),
/* harmony export */   dataSourceClients: () => (/* binding */ dataSourceClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3072);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7650);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(658);
/* harmony import */ var _proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7404);
/* harmony import */ var _request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6585);





function createSsmClient(options) {
    const { endpoint, timeouts, config } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .clientSettings */ .ry)('ssm', options);
    return (0,_request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__/* .nameSlowCalls */ .YF)((0,_proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .explainProxyRefusals */ .HR)(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_3__/* .SSMClient */ .j(config)), {
        endpoint: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointFor */ .Lo)('ssm', options.region, endpoint),
        timeouts,
        log: options.log,
        endpointSettings: _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINT_VARIABLES */ .ci.ssm
    });
}
function createSecretsManagerClient(options) {
    const { endpoint, timeouts, config } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .clientSettings */ .ry)('secretsmanager', options);
    return (0,_request_timeouts_js__WEBPACK_IMPORTED_MODULE_2__/* .nameSlowCalls */ .YF)((0,_proxy_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .explainProxyRefusals */ .HR)(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._(config)), {
        endpoint: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointFor */ .Lo)('secretsmanager', options.region, endpoint),
        timeouts,
        log: options.log,
        endpointSettings: _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ENDPOINT_VARIABLES */ .ci.secretsmanager
    });
}
/**
 * The action's data source clients. Credentials: the block's access_key / secret_key / token, else the
 * keys in `env` (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), else the SDK's standard chain.
 */
function dataSourceClients(env, log) {
    const ec2 = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedClients */ .xm)(_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createEc2Client */ .y1, env, log);
    const ssm = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedClients */ .xm)(createSsmClient, env, log);
    const secretsManager = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .cachedClients */ .xm)(createSecretsManagerClient, env, log);
    // A profile or shared_credentials_file named in the block wins over the environment's keys, as
    // in Packer; assume_role assumes its role with whichever of them applies.
    const keys = (access) => (access.credentials.accessKey && access.credentials.secretKey) ||
        access.credentials.profile ||
        access.credentials.sharedCredentialsFile
        ? access.credentials
        : {
            accessKey: env.AWS_ACCESS_KEY_ID,
            secretKey: env.AWS_SECRET_ACCESS_KEY,
            token: env.AWS_SESSION_TOKEN,
            assumeRole: access.credentials.assumeRole
        };
    return {
        defaultRegion: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
        ec2: (region, access) => ec2(region, access.customEndpointEc2, keys(access)),
        ssm: (region, access) => ssm(region, undefined, keys(access)),
        secretsManager: (region, access) => secretsManager(region, undefined, keys(access))
    };
}


/***/ })

};
