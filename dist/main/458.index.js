let id = 458;

let ids = [ 458 ];

let modules = {
    479: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            S: () => commonParams,
            v: () => resolveClientEndpointParameters
        });
        let resolveClientEndpointParameters = options => Object.assign(options, {
            useDualstackEndpoint: options.useDualstackEndpoint ?? false,
            useFipsEndpoint: options.useFipsEndpoint ?? false,
            defaultSigningName: "secretsmanager"
        });
        let commonParams = {
            UseFIPS: {
                type: "builtInParams",
                name: "useFipsEndpoint"
            },
            Endpoint: {
                type: "builtInParams",
                name: "endpoint"
            },
            Region: {
                type: "builtInParams",
                name: "region"
            },
            UseDualStack: {
                type: "builtInParams",
                name: "useDualstackEndpoint"
            }
        };
    },
    5988: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            sD: () => GetSecretValue$,
            q1: () => errorTypeRegistries
        });
        __webpack_exports__ = __webpack_require__(6890);
        __webpack_require__ = __webpack_require__(2658);
        class SecretsManagerServiceException extends __webpack_require__.ServiceException {
            static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
            constructor(options) {
                super(options);
                Object.setPrototypeOf(this, SecretsManagerServiceException.prototype);
            }
        }
        class InternalServiceError extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
            name = "InternalServiceError";
            $fault = "server";
            Message;
            constructor(opts) {
                super({
                    name: "InternalServiceError",
                    $fault: "server",
                    ...opts
                });
                Object.setPrototypeOf(this, InternalServiceError.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidParameterException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
            name = "InvalidParameterException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidParameterException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidParameterException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidRequestException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
            name = "InvalidRequestException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidRequestException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidRequestException.prototype);
                this.Message = opts.Message;
            }
        }
        class LimitExceededException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
            name = "LimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "LimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, LimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceNotFoundException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
            name = "ResourceNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class DecryptionFailure extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
            name = "DecryptionFailure";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DecryptionFailure",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DecryptionFailure.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidNextTokenException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
            name = "InvalidNextTokenException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidNextTokenException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
                this.Message = opts.Message;
            }
        }
        class EncryptionFailure extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
            name = "EncryptionFailure";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "EncryptionFailure",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, EncryptionFailure.prototype);
                this.Message = opts.Message;
            }
        }
        class MalformedPolicyDocumentException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
            name = "MalformedPolicyDocumentException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "MalformedPolicyDocumentException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
                this.Message = opts.Message;
            }
        }
        class PreconditionNotMetException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
            name = "PreconditionNotMetException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "PreconditionNotMetException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, PreconditionNotMetException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceExistsException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
            name = "ResourceExistsException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceExistsException.prototype);
                this.Message = opts.Message;
            }
        }
        class PublicPolicyException extends SecretsManagerServiceException {
            static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
            name = "PublicPolicyException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "PublicPolicyException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, PublicPolicyException.prototype);
                this.Message = opts.Message;
            }
        }
        __webpack_require__ = "ARN";
        var _CD = "CreatedDate";
        var _M = "Message";
        var _N = "Name";
        var _SB = "SecretBinary";
        var _SI = "SecretId";
        var _SS = "SecretString";
        var _VI = "VersionId";
        var _VS = "VersionStage";
        var _VSe = "VersionStages";
        var _c = "client";
        var _e = "error";
        var _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager";
        var n0 = "com.amazonaws.secretsmanager";
        var _s_registry = new __webpack_exports__.TypeRegistry(_s);
        _s = [ -3, _s, "SecretsManagerServiceException", 0, [], [] ];
        _s_registry.registerError(_s, SecretsManagerServiceException);
        _s = new __webpack_exports__.TypeRegistry(n0);
        __webpack_exports__ = [ -3, n0, "DecryptionFailure", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DecryptionFailure);
        __webpack_exports__ = [ -3, n0, "EncryptionFailure", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, EncryptionFailure);
        __webpack_exports__ = [ -3, n0, "InternalServiceError", {
            [_e]: "server"
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InternalServiceError);
        __webpack_exports__ = [ -3, n0, "InvalidNextTokenException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidNextTokenException);
        __webpack_exports__ = [ -3, n0, "InvalidParameterException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidParameterException);
        __webpack_exports__ = [ -3, n0, "InvalidRequestException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidRequestException);
        __webpack_exports__ = [ -3, n0, "LimitExceededException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, LimitExceededException);
        __webpack_exports__ = [ -3, n0, "MalformedPolicyDocumentException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, MalformedPolicyDocumentException);
        __webpack_exports__ = [ -3, n0, "PreconditionNotMetException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, PreconditionNotMetException);
        __webpack_exports__ = [ -3, n0, "PublicPolicyException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, PublicPolicyException);
        __webpack_exports__ = [ -3, n0, "ResourceExistsException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ResourceExistsException);
        __webpack_exports__ = [ -3, n0, "ResourceNotFoundException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ResourceNotFoundException);
        let errorTypeRegistries = [ _s_registry, _s ];
        var SecretBinaryType = [ 0, n0, "SecretBinaryType", 8, 21 ];
        var SecretStringType = [ 0, n0, "SecretStringType", 8, 0 ];
        var GetSecretValueRequest$ = [ 3, n0, "GetSecretValueRequest", 0, [ _SI, _VI, _VS ], [ 0, 0, 0 ], 1 ];
        var GetSecretValueResponse$ = [ 3, n0, "GetSecretValueResponse", 0, [ __webpack_require__, _N, _VI, _SB, _SS, _VSe, _CD ], [ 0, 0, 0, [ () => SecretBinaryType, 0 ], [ () => SecretStringType, 0 ], 64 | 0, 4 ] ];
        var GetSecretValue$ = [ 9, n0, "GetSecretValue", 0, () => GetSecretValueRequest$, () => GetSecretValueResponse$ ];
    }
};

export {
    id,
    ids,
    modules
};