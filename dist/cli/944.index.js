let id = 944;

let ids = [ 944 ];

let modules = {
    2805: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            S: () => commonParams,
            v: () => resolveClientEndpointParameters
        });
        let resolveClientEndpointParameters = options => Object.assign(options, {
            useDualstackEndpoint: options.useDualstackEndpoint ?? false,
            useFipsEndpoint: options.useFipsEndpoint ?? false,
            defaultSigningName: "ssm"
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
    9060: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ck2: () => DescribeParameters$,
            unS: () => GetParameter$,
            S1c: () => GetParameterHistory$,
            h6Z: () => GetParameters$,
            t7P: () => PutParameter$,
            JZr: () => StartSession$,
            qwH: () => TerminateSession$,
            q1U: () => errorTypeRegistries
        });
        __webpack_exports__ = __webpack_require__(6890);
        __webpack_require__ = __webpack_require__(2658);
        class SSMServiceException extends __webpack_require__.ServiceException {
            static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";
            constructor(options) {
                super(options);
                Object.setPrototypeOf(this, SSMServiceException.prototype);
            }
        }
        class AccessDeniedException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AccessDeniedException";
            name = "AccessDeniedException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AccessDeniedException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AccessDeniedException.prototype);
                this.Message = opts.Message;
            }
        }
        class InternalServerError extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InternalServerError";
            name = "InternalServerError";
            $fault = "server";
            Message;
            constructor(opts) {
                super({
                    name: "InternalServerError",
                    $fault: "server",
                    ...opts
                });
                Object.setPrototypeOf(this, InternalServerError.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidResourceId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidResourceId";
            name = "InvalidResourceId";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidResourceId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidResourceId.prototype);
            }
        }
        class InvalidResourceType extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidResourceType";
            name = "InvalidResourceType";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidResourceType",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidResourceType.prototype);
            }
        }
        class TooManyTagsError extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#TooManyTagsError";
            name = "TooManyTagsError";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "TooManyTagsError",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, TooManyTagsError.prototype);
            }
        }
        class TooManyUpdates extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#TooManyUpdates";
            name = "TooManyUpdates";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "TooManyUpdates",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, TooManyUpdates.prototype);
                this.Message = opts.Message;
            }
        }
        class AlreadyExistsException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AlreadyExistsException";
            name = "AlreadyExistsException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AlreadyExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AlreadyExistsException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsItemConflictException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemConflictException";
            name = "OpsItemConflictException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemConflictException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemConflictException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsItemInvalidParameterException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemInvalidParameterException";
            name = "OpsItemInvalidParameterException";
            $fault = "client";
            ParameterNames;
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemInvalidParameterException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemInvalidParameterException.prototype);
                this.ParameterNames = opts.ParameterNames;
                this.Message = opts.Message;
            }
        }
        class OpsItemLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemLimitExceededException";
            name = "OpsItemLimitExceededException";
            $fault = "client";
            ResourceTypes;
            Limit;
            LimitType;
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemLimitExceededException.prototype);
                this.ResourceTypes = opts.ResourceTypes;
                this.Limit = opts.Limit;
                this.LimitType = opts.LimitType;
                this.Message = opts.Message;
            }
        }
        class OpsItemNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemNotFoundException";
            name = "OpsItemNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";
            name = "OpsItemRelatedItemAlreadyExistsException";
            $fault = "client";
            Message;
            ResourceUri;
            OpsItemId;
            constructor(opts) {
                super({
                    name: "OpsItemRelatedItemAlreadyExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemRelatedItemAlreadyExistsException.prototype);
                this.Message = opts.Message;
                this.ResourceUri = opts.ResourceUri;
                this.OpsItemId = opts.OpsItemId;
            }
        }
        class DuplicateInstanceId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DuplicateInstanceId";
            name = "DuplicateInstanceId";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "DuplicateInstanceId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DuplicateInstanceId.prototype);
            }
        }
        class InvalidCommandId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidCommandId";
            name = "InvalidCommandId";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidCommandId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidCommandId.prototype);
            }
        }
        class InvalidInstanceId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInstanceId";
            name = "InvalidInstanceId";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidInstanceId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInstanceId.prototype);
                this.Message = opts.Message;
            }
        }
        class DoesNotExistException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DoesNotExistException";
            name = "DoesNotExistException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DoesNotExistException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DoesNotExistException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidParameters extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidParameters";
            name = "InvalidParameters";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidParameters",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidParameters.prototype);
                this.Message = opts.Message;
            }
        }
        class AssociationAlreadyExists extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociationAlreadyExists";
            name = "AssociationAlreadyExists";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "AssociationAlreadyExists",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociationAlreadyExists.prototype);
            }
        }
        class AssociationLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociationLimitExceeded";
            name = "AssociationLimitExceeded";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "AssociationLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociationLimitExceeded.prototype);
            }
        }
        class InvalidDocument extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocument";
            name = "InvalidDocument";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocument",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocument.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidDocumentVersion extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocumentVersion";
            name = "InvalidDocumentVersion";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocumentVersion",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocumentVersion.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidOutputLocation extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidOutputLocation";
            name = "InvalidOutputLocation";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidOutputLocation",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidOutputLocation.prototype);
            }
        }
        class InvalidSchedule extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidSchedule";
            name = "InvalidSchedule";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidSchedule",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidSchedule.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidTag extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidTag";
            name = "InvalidTag";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidTag",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidTag.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidTarget extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidTarget";
            name = "InvalidTarget";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidTarget",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidTarget.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidTargetMaps extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidTargetMaps";
            name = "InvalidTargetMaps";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidTargetMaps",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidTargetMaps.prototype);
                this.Message = opts.Message;
            }
        }
        class UnsupportedPlatformType extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedPlatformType";
            name = "UnsupportedPlatformType";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedPlatformType",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedPlatformType.prototype);
                this.Message = opts.Message;
            }
        }
        class ConflictException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ConflictException";
            name = "ConflictException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ConflictException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ConflictException.prototype);
                this.Message = opts.Message;
            }
        }
        class ServiceQuotaExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ServiceQuotaExceededException";
            name = "ServiceQuotaExceededException";
            $fault = "client";
            Message;
            ResourceId;
            ResourceType;
            QuotaCode;
            ServiceCode;
            constructor(opts) {
                super({
                    name: "ServiceQuotaExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
                this.Message = opts.Message;
                this.ResourceId = opts.ResourceId;
                this.ResourceType = opts.ResourceType;
                this.QuotaCode = opts.QuotaCode;
                this.ServiceCode = opts.ServiceCode;
            }
        }
        class DocumentAlreadyExists extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DocumentAlreadyExists";
            name = "DocumentAlreadyExists";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DocumentAlreadyExists",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DocumentAlreadyExists.prototype);
                this.Message = opts.Message;
            }
        }
        class DocumentLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DocumentLimitExceeded";
            name = "DocumentLimitExceeded";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DocumentLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DocumentLimitExceeded.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidDocumentContent extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocumentContent";
            name = "InvalidDocumentContent";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocumentContent",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocumentContent.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidDocumentSchemaVersion extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocumentSchemaVersion";
            name = "InvalidDocumentSchemaVersion";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocumentSchemaVersion",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocumentSchemaVersion.prototype);
                this.Message = opts.Message;
            }
        }
        class MaxDocumentSizeExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#MaxDocumentSizeExceeded";
            name = "MaxDocumentSizeExceeded";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "MaxDocumentSizeExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, MaxDocumentSizeExceeded.prototype);
                this.Message = opts.Message;
            }
        }
        class NoLongerSupportedException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#NoLongerSupportedException";
            name = "NoLongerSupportedException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "NoLongerSupportedException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, NoLongerSupportedException.prototype);
                this.Message = opts.Message;
            }
        }
        class IdempotentParameterMismatch extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#IdempotentParameterMismatch";
            name = "IdempotentParameterMismatch";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "IdempotentParameterMismatch",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, IdempotentParameterMismatch.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceLimitExceededException";
            name = "ResourceLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsItemAccessDeniedException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemAccessDeniedException";
            name = "OpsItemAccessDeniedException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemAccessDeniedException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemAccessDeniedException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsItemAlreadyExistsException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemAlreadyExistsException";
            name = "OpsItemAlreadyExistsException";
            $fault = "client";
            Message;
            OpsItemId;
            constructor(opts) {
                super({
                    name: "OpsItemAlreadyExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemAlreadyExistsException.prototype);
                this.Message = opts.Message;
                this.OpsItemId = opts.OpsItemId;
            }
        }
        class OpsMetadataAlreadyExistsException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataAlreadyExistsException";
            name = "OpsMetadataAlreadyExistsException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataAlreadyExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataAlreadyExistsException.prototype);
            }
        }
        class OpsMetadataInvalidArgumentException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataInvalidArgumentException";
            name = "OpsMetadataInvalidArgumentException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataInvalidArgumentException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataInvalidArgumentException.prototype);
            }
        }
        class OpsMetadataLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataLimitExceededException";
            name = "OpsMetadataLimitExceededException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataLimitExceededException.prototype);
            }
        }
        class OpsMetadataTooManyUpdatesException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";
            name = "OpsMetadataTooManyUpdatesException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataTooManyUpdatesException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataTooManyUpdatesException.prototype);
            }
        }
        class ResourceDataSyncAlreadyExistsException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";
            name = "ResourceDataSyncAlreadyExistsException";
            $fault = "client";
            SyncName;
            constructor(opts) {
                super({
                    name: "ResourceDataSyncAlreadyExistsException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceDataSyncAlreadyExistsException.prototype);
                this.SyncName = opts.SyncName;
            }
        }
        class ResourceDataSyncCountExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceDataSyncCountExceededException";
            name = "ResourceDataSyncCountExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceDataSyncCountExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceDataSyncCountExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";
            name = "ResourceDataSyncInvalidConfigurationException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceDataSyncInvalidConfigurationException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceDataSyncInvalidConfigurationException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidActivation extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidActivation";
            name = "InvalidActivation";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidActivation",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidActivation.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidActivationId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidActivationId";
            name = "InvalidActivationId";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidActivationId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidActivationId.prototype);
                this.Message = opts.Message;
            }
        }
        class AssociationDoesNotExist extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociationDoesNotExist";
            name = "AssociationDoesNotExist";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AssociationDoesNotExist",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociationDoesNotExist.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceNotFoundException";
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
        class AssociatedInstances extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociatedInstances";
            name = "AssociatedInstances";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "AssociatedInstances",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociatedInstances.prototype);
            }
        }
        class InvalidDocumentOperation extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocumentOperation";
            name = "InvalidDocumentOperation";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocumentOperation",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocumentOperation.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidDeleteInventoryParametersException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDeleteInventoryParametersException";
            name = "InvalidDeleteInventoryParametersException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDeleteInventoryParametersException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDeleteInventoryParametersException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidInventoryRequestException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInventoryRequestException";
            name = "InvalidInventoryRequestException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidInventoryRequestException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInventoryRequestException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidOptionException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidOptionException";
            name = "InvalidOptionException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidOptionException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidOptionException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidTypeNameException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidTypeNameException";
            name = "InvalidTypeNameException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidTypeNameException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidTypeNameException.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsMetadataNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataNotFoundException";
            name = "OpsMetadataNotFoundException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataNotFoundException.prototype);
            }
        }
        class ParameterNotFound extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterNotFound";
            name = "ParameterNotFound";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterNotFound",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterNotFound.prototype);
            }
        }
        class ResourceInUseException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceInUseException";
            name = "ResourceInUseException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceInUseException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceInUseException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourceDataSyncNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceDataSyncNotFoundException";
            name = "ResourceDataSyncNotFoundException";
            $fault = "client";
            SyncName;
            SyncType;
            Message;
            constructor(opts) {
                super({
                    name: "ResourceDataSyncNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceDataSyncNotFoundException.prototype);
                this.SyncName = opts.SyncName;
                this.SyncType = opts.SyncType;
                this.Message = opts.Message;
            }
        }
        class MalformedResourcePolicyDocumentException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#MalformedResourcePolicyDocumentException";
            name = "MalformedResourcePolicyDocumentException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "MalformedResourcePolicyDocumentException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, MalformedResourcePolicyDocumentException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourcePolicyConflictException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourcePolicyConflictException";
            name = "ResourcePolicyConflictException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourcePolicyConflictException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourcePolicyConflictException.prototype);
                this.Message = opts.Message;
            }
        }
        class ResourcePolicyInvalidParameterException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourcePolicyInvalidParameterException";
            name = "ResourcePolicyInvalidParameterException";
            $fault = "client";
            ParameterNames;
            Message;
            constructor(opts) {
                super({
                    name: "ResourcePolicyInvalidParameterException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourcePolicyInvalidParameterException.prototype);
                this.ParameterNames = opts.ParameterNames;
                this.Message = opts.Message;
            }
        }
        class ResourcePolicyNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourcePolicyNotFoundException";
            name = "ResourcePolicyNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourcePolicyNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class TargetInUseException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#TargetInUseException";
            name = "TargetInUseException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "TargetInUseException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, TargetInUseException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidFilter extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidFilter";
            name = "InvalidFilter";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidFilter",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidFilter.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidNextToken extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidNextToken";
            name = "InvalidNextToken";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidNextToken",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidNextToken.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAssociationVersion extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAssociationVersion";
            name = "InvalidAssociationVersion";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAssociationVersion",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAssociationVersion.prototype);
                this.Message = opts.Message;
            }
        }
        class AssociationExecutionDoesNotExist extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociationExecutionDoesNotExist";
            name = "AssociationExecutionDoesNotExist";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AssociationExecutionDoesNotExist",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociationExecutionDoesNotExist.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidFilterKey extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidFilterKey";
            name = "InvalidFilterKey";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidFilterKey",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidFilterKey.prototype);
            }
        }
        class InvalidFilterValue extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidFilterValue";
            name = "InvalidFilterValue";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidFilterValue",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidFilterValue.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationExecutionNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationExecutionNotFoundException";
            name = "AutomationExecutionNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationExecutionNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationExecutionNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidPermissionType extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidPermissionType";
            name = "InvalidPermissionType";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidPermissionType",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidPermissionType.prototype);
                this.Message = opts.Message;
            }
        }
        class UnsupportedOperatingSystem extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedOperatingSystem";
            name = "UnsupportedOperatingSystem";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedOperatingSystem",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedOperatingSystem.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidInstanceInformationFilterValue extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInstanceInformationFilterValue";
            name = "InvalidInstanceInformationFilterValue";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidInstanceInformationFilterValue",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInstanceInformationFilterValue.prototype);
            }
        }
        class InvalidInstancePropertyFilterValue extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInstancePropertyFilterValue";
            name = "InvalidInstancePropertyFilterValue";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidInstancePropertyFilterValue",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInstancePropertyFilterValue.prototype);
            }
        }
        class InvalidDeletionIdException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDeletionIdException";
            name = "InvalidDeletionIdException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDeletionIdException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDeletionIdException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidFilterOption extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidFilterOption";
            name = "InvalidFilterOption";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidFilterOption",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidFilterOption.prototype);
            }
        }
        class OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";
            name = "OpsItemRelatedItemAssociationNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "OpsItemRelatedItemAssociationNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsItemRelatedItemAssociationNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class ThrottlingException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ThrottlingException";
            name = "ThrottlingException";
            $fault = "client";
            Message;
            QuotaCode;
            ServiceCode;
            constructor(opts) {
                super({
                    name: "ThrottlingException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ThrottlingException.prototype);
                this.Message = opts.Message;
                this.QuotaCode = opts.QuotaCode;
                this.ServiceCode = opts.ServiceCode;
            }
        }
        class ValidationException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ValidationException";
            name = "ValidationException";
            $fault = "client";
            Message;
            ReasonCode;
            constructor(opts) {
                super({
                    name: "ValidationException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ValidationException.prototype);
                this.Message = opts.Message;
                this.ReasonCode = opts.ReasonCode;
            }
        }
        class InvalidDocumentType extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidDocumentType";
            name = "InvalidDocumentType";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidDocumentType",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidDocumentType.prototype);
                this.Message = opts.Message;
            }
        }
        class UnsupportedCalendarException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedCalendarException";
            name = "UnsupportedCalendarException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedCalendarException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedCalendarException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidPluginName extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidPluginName";
            name = "InvalidPluginName";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidPluginName",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidPluginName.prototype);
            }
        }
        class InvocationDoesNotExist extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvocationDoesNotExist";
            name = "InvocationDoesNotExist";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvocationDoesNotExist",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvocationDoesNotExist.prototype);
            }
        }
        class UnsupportedFeatureRequiredException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedFeatureRequiredException";
            name = "UnsupportedFeatureRequiredException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedFeatureRequiredException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedFeatureRequiredException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAggregatorException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAggregatorException";
            name = "InvalidAggregatorException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAggregatorException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAggregatorException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidInventoryGroupException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInventoryGroupException";
            name = "InvalidInventoryGroupException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidInventoryGroupException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInventoryGroupException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidResultAttributeException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidResultAttributeException";
            name = "InvalidResultAttributeException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidResultAttributeException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidResultAttributeException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidKeyId extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidKeyId";
            name = "InvalidKeyId";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidKeyId",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidKeyId.prototype);
            }
        }
        class ParameterVersionNotFound extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterVersionNotFound";
            name = "ParameterVersionNotFound";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterVersionNotFound",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterVersionNotFound.prototype);
            }
        }
        class ServiceSettingNotFound extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ServiceSettingNotFound";
            name = "ServiceSettingNotFound";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ServiceSettingNotFound",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ServiceSettingNotFound.prototype);
                this.Message = opts.Message;
            }
        }
        class ParameterVersionLabelLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";
            name = "ParameterVersionLabelLimitExceeded";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterVersionLabelLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterVersionLabelLimitExceeded.prototype);
            }
        }
        class UnsupportedOperationException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedOperationException";
            name = "UnsupportedOperationException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedOperationException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedOperationException.prototype);
                this.Message = opts.Message;
            }
        }
        class DocumentPermissionLimit extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DocumentPermissionLimit";
            name = "DocumentPermissionLimit";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DocumentPermissionLimit",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DocumentPermissionLimit.prototype);
                this.Message = opts.Message;
            }
        }
        class ComplianceTypeCountLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";
            name = "ComplianceTypeCountLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ComplianceTypeCountLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ComplianceTypeCountLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidItemContentException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidItemContentException";
            name = "InvalidItemContentException";
            $fault = "client";
            TypeName;
            Message;
            constructor(opts) {
                super({
                    name: "InvalidItemContentException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidItemContentException.prototype);
                this.TypeName = opts.TypeName;
                this.Message = opts.Message;
            }
        }
        class ItemSizeLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ItemSizeLimitExceededException";
            name = "ItemSizeLimitExceededException";
            $fault = "client";
            TypeName;
            Message;
            constructor(opts) {
                super({
                    name: "ItemSizeLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ItemSizeLimitExceededException.prototype);
                this.TypeName = opts.TypeName;
                this.Message = opts.Message;
            }
        }
        class TotalSizeLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#TotalSizeLimitExceededException";
            name = "TotalSizeLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "TotalSizeLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, TotalSizeLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class CustomSchemaCountLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#CustomSchemaCountLimitExceededException";
            name = "CustomSchemaCountLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "CustomSchemaCountLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, CustomSchemaCountLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidInventoryItemContextException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidInventoryItemContextException";
            name = "InvalidInventoryItemContextException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidInventoryItemContextException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidInventoryItemContextException.prototype);
                this.Message = opts.Message;
            }
        }
        class ItemContentMismatchException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ItemContentMismatchException";
            name = "ItemContentMismatchException";
            $fault = "client";
            TypeName;
            Message;
            constructor(opts) {
                super({
                    name: "ItemContentMismatchException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ItemContentMismatchException.prototype);
                this.TypeName = opts.TypeName;
                this.Message = opts.Message;
            }
        }
        class SubTypeCountLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#SubTypeCountLimitExceededException";
            name = "SubTypeCountLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "SubTypeCountLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, SubTypeCountLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class UnsupportedInventoryItemContextException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedInventoryItemContextException";
            name = "UnsupportedInventoryItemContextException";
            $fault = "client";
            TypeName;
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedInventoryItemContextException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedInventoryItemContextException.prototype);
                this.TypeName = opts.TypeName;
                this.Message = opts.Message;
            }
        }
        class UnsupportedInventorySchemaVersionException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";
            name = "UnsupportedInventorySchemaVersionException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "UnsupportedInventorySchemaVersionException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedInventorySchemaVersionException.prototype);
                this.Message = opts.Message;
            }
        }
        class HierarchyLevelLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#HierarchyLevelLimitExceededException";
            name = "HierarchyLevelLimitExceededException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "HierarchyLevelLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, HierarchyLevelLimitExceededException.prototype);
            }
        }
        class HierarchyTypeMismatchException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#HierarchyTypeMismatchException";
            name = "HierarchyTypeMismatchException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "HierarchyTypeMismatchException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, HierarchyTypeMismatchException.prototype);
            }
        }
        class IncompatiblePolicyException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#IncompatiblePolicyException";
            name = "IncompatiblePolicyException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "IncompatiblePolicyException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, IncompatiblePolicyException.prototype);
            }
        }
        class InvalidAllowedPatternException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAllowedPatternException";
            name = "InvalidAllowedPatternException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidAllowedPatternException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAllowedPatternException.prototype);
            }
        }
        class InvalidPolicyAttributeException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidPolicyAttributeException";
            name = "InvalidPolicyAttributeException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidPolicyAttributeException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidPolicyAttributeException.prototype);
            }
        }
        class InvalidPolicyTypeException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidPolicyTypeException";
            name = "InvalidPolicyTypeException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidPolicyTypeException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidPolicyTypeException.prototype);
            }
        }
        class ParameterAlreadyExists extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterAlreadyExists";
            name = "ParameterAlreadyExists";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterAlreadyExists",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterAlreadyExists.prototype);
            }
        }
        class ParameterLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterLimitExceeded";
            name = "ParameterLimitExceeded";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterLimitExceeded.prototype);
            }
        }
        class ParameterMaxVersionLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";
            name = "ParameterMaxVersionLimitExceeded";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterMaxVersionLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterMaxVersionLimitExceeded.prototype);
            }
        }
        class ParameterPatternMismatchException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ParameterPatternMismatchException";
            name = "ParameterPatternMismatchException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "ParameterPatternMismatchException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ParameterPatternMismatchException.prototype);
            }
        }
        class PoliciesLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#PoliciesLimitExceededException";
            name = "PoliciesLimitExceededException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "PoliciesLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, PoliciesLimitExceededException.prototype);
            }
        }
        class UnsupportedParameterType extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#UnsupportedParameterType";
            name = "UnsupportedParameterType";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "UnsupportedParameterType",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, UnsupportedParameterType.prototype);
            }
        }
        class ResourcePolicyLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourcePolicyLimitExceededException";
            name = "ResourcePolicyLimitExceededException";
            $fault = "client";
            Limit;
            LimitType;
            Message;
            constructor(opts) {
                super({
                    name: "ResourcePolicyLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourcePolicyLimitExceededException.prototype);
                this.Limit = opts.Limit;
                this.LimitType = opts.LimitType;
                this.Message = opts.Message;
            }
        }
        class FeatureNotAvailableException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#FeatureNotAvailableException";
            name = "FeatureNotAvailableException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "FeatureNotAvailableException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, FeatureNotAvailableException.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationStepNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationStepNotFoundException";
            name = "AutomationStepNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationStepNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationStepNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAutomationSignalException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAutomationSignalException";
            name = "InvalidAutomationSignalException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAutomationSignalException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAutomationSignalException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidNotificationConfig extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidNotificationConfig";
            name = "InvalidNotificationConfig";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidNotificationConfig",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidNotificationConfig.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidOutputFolder extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidOutputFolder";
            name = "InvalidOutputFolder";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "InvalidOutputFolder",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidOutputFolder.prototype);
            }
        }
        class InvalidRole extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidRole";
            name = "InvalidRole";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidRole",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidRole.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAssociation extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAssociation";
            name = "InvalidAssociation";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAssociation",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAssociation.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationDefinitionNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotFoundException";
            name = "AutomationDefinitionNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationDefinitionNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationDefinitionNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationDefinitionVersionNotFoundException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";
            name = "AutomationDefinitionVersionNotFoundException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationDefinitionVersionNotFoundException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationDefinitionVersionNotFoundException.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationExecutionLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationExecutionLimitExceededException";
            name = "AutomationExecutionLimitExceededException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationExecutionLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationExecutionLimitExceededException.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAutomationExecutionParametersException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAutomationExecutionParametersException";
            name = "InvalidAutomationExecutionParametersException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAutomationExecutionParametersException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAutomationExecutionParametersException.prototype);
                this.Message = opts.Message;
            }
        }
        class AutomationDefinitionNotApprovedException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotApprovedException";
            name = "AutomationDefinitionNotApprovedException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AutomationDefinitionNotApprovedException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AutomationDefinitionNotApprovedException.prototype);
                this.Message = opts.Message;
            }
        }
        class TargetNotConnected extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#TargetNotConnected";
            name = "TargetNotConnected";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "TargetNotConnected",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, TargetNotConnected.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidAutomationStatusUpdateException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidAutomationStatusUpdateException";
            name = "InvalidAutomationStatusUpdateException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidAutomationStatusUpdateException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidAutomationStatusUpdateException.prototype);
                this.Message = opts.Message;
            }
        }
        class AssociationVersionLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#AssociationVersionLimitExceeded";
            name = "AssociationVersionLimitExceeded";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "AssociationVersionLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, AssociationVersionLimitExceeded.prototype);
                this.Message = opts.Message;
            }
        }
        class InvalidUpdate extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#InvalidUpdate";
            name = "InvalidUpdate";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "InvalidUpdate",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, InvalidUpdate.prototype);
                this.Message = opts.Message;
            }
        }
        class StatusUnchanged extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#StatusUnchanged";
            name = "StatusUnchanged";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "StatusUnchanged",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, StatusUnchanged.prototype);
            }
        }
        class DocumentVersionLimitExceeded extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DocumentVersionLimitExceeded";
            name = "DocumentVersionLimitExceeded";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DocumentVersionLimitExceeded",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DocumentVersionLimitExceeded.prototype);
                this.Message = opts.Message;
            }
        }
        class DuplicateDocumentContent extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DuplicateDocumentContent";
            name = "DuplicateDocumentContent";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DuplicateDocumentContent",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DuplicateDocumentContent.prototype);
                this.Message = opts.Message;
            }
        }
        class DuplicateDocumentVersionName extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#DuplicateDocumentVersionName";
            name = "DuplicateDocumentVersionName";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "DuplicateDocumentVersionName",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, DuplicateDocumentVersionName.prototype);
                this.Message = opts.Message;
            }
        }
        class OpsMetadataKeyLimitExceededException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";
            name = "OpsMetadataKeyLimitExceededException";
            $fault = "client";
            constructor(opts) {
                super({
                    name: "OpsMetadataKeyLimitExceededException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, OpsMetadataKeyLimitExceededException.prototype);
            }
        }
        class ResourceDataSyncConflictException extends SSMServiceException {
            static shapeId = "com.amazonaws.ssm#ResourceDataSyncConflictException";
            name = "ResourceDataSyncConflictException";
            $fault = "client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceDataSyncConflictException",
                    $fault: "client",
                    ...opts
                });
                Object.setPrototypeOf(this, ResourceDataSyncConflictException.prototype);
                this.Message = opts.Message;
            }
        }
        __webpack_require__ = "AllowedPattern";
        var _ARN = "ARN";
        var _D = "Description";
        var _DN = "DocumentName";
        var _DTa = "DataType";
        var _Fi = "Filters";
        var _IP = "InvalidParameters";
        var _K = "Key";
        var _KI = "KeyId";
        var _L = "Limit";
        var _LMD = "LastModifiedDate";
        var _LMU = "LastModifiedUser";
        var _LT = "LimitType";
        var _La = "Labels";
        var _M = "Message";
        var _MR = "MaxResults";
        var _N = "Name";
        var _NT = "NextToken";
        var _Na = "Names";
        var _OII = "OpsItemId";
        var _Ov = "Overwrite";
        var _P = "Parameters";
        var _PF = "ParameterFilters";
        var _PN = "ParameterNames";
        var _Par = "Parameter";
        var _Po = "Policies";
        var _QC = "QuotaCode";
        var _RI = "ResourceId";
        var _RT = "ResourceTypes";
        var _RTe = "ResourceType";
        var _RU = "ResourceUri";
        var _Rea = "Reason";
        var _SC = "ServiceCode";
        var _SIes = "SessionId";
        var _SMP = "SessionManagerParameters";
        var _SN = "SyncName";
        var _ST = "SyncType";
        var _SUt = "StreamUrl";
        var _T = "Tags";
        var _TLa = "TagList";
        var _TN = "TypeName";
        var _TV = "TokenValue";
        var _Tar = "Target";
        var _Tie = "Tier";
        var _Ty = "Type";
        var _V = "Value";
        var _Va = "Values";
        var _Ve = "Version";
        var _WD = "WithDecryption";
        var _aQE = "awsQueryError";
        var _c = "client";
        var _e = "error";
        var _m = "message";
        var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
        var n0 = "com.amazonaws.ssm";
        var _s_registry = new __webpack_exports__.TypeRegistry(_s);
        _s = [ -3, _s, "SSMServiceException", 0, [], [] ];
        _s_registry.registerError(_s, SSMServiceException);
        _s = new __webpack_exports__.TypeRegistry(n0);
        __webpack_exports__ = [ -3, n0, "AccessDeniedException", {
            [_e]: _c
        }, [ _M ], [ 0 ], 1 ];
        _s.registerError(__webpack_exports__, AccessDeniedException);
        __webpack_exports__ = [ -3, n0, "AlreadyExistsException", {
            [_aQE]: [ `AlreadyExistsException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AlreadyExistsException);
        __webpack_exports__ = [ -3, n0, "AssociatedInstances", {
            [_aQE]: [ `AssociatedInstances`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, AssociatedInstances);
        __webpack_exports__ = [ -3, n0, "AssociationAlreadyExists", {
            [_aQE]: [ `AssociationAlreadyExists`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, AssociationAlreadyExists);
        __webpack_exports__ = [ -3, n0, "AssociationDoesNotExist", {
            [_aQE]: [ `AssociationDoesNotExist`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AssociationDoesNotExist);
        __webpack_exports__ = [ -3, n0, "AssociationExecutionDoesNotExist", {
            [_aQE]: [ `AssociationExecutionDoesNotExist`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AssociationExecutionDoesNotExist);
        __webpack_exports__ = [ -3, n0, "AssociationLimitExceeded", {
            [_aQE]: [ `AssociationLimitExceeded`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, AssociationLimitExceeded);
        __webpack_exports__ = [ -3, n0, "AssociationVersionLimitExceeded", {
            [_aQE]: [ `AssociationVersionLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AssociationVersionLimitExceeded);
        __webpack_exports__ = [ -3, n0, "AutomationDefinitionNotApprovedException", {
            [_aQE]: [ `AutomationDefinitionNotApproved`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationDefinitionNotApprovedException);
        __webpack_exports__ = [ -3, n0, "AutomationDefinitionNotFoundException", {
            [_aQE]: [ `AutomationDefinitionNotFound`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationDefinitionNotFoundException);
        __webpack_exports__ = [ -3, n0, "AutomationDefinitionVersionNotFoundException", {
            [_aQE]: [ `AutomationDefinitionVersionNotFound`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationDefinitionVersionNotFoundException);
        __webpack_exports__ = [ -3, n0, "AutomationExecutionLimitExceededException", {
            [_aQE]: [ `AutomationExecutionLimitExceeded`, 429 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationExecutionLimitExceededException);
        __webpack_exports__ = [ -3, n0, "AutomationExecutionNotFoundException", {
            [_aQE]: [ `AutomationExecutionNotFound`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationExecutionNotFoundException);
        __webpack_exports__ = [ -3, n0, "AutomationStepNotFoundException", {
            [_aQE]: [ `AutomationStepNotFoundException`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, AutomationStepNotFoundException);
        __webpack_exports__ = [ -3, n0, "ComplianceTypeCountLimitExceededException", {
            [_aQE]: [ `ComplianceTypeCountLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ComplianceTypeCountLimitExceededException);
        __webpack_exports__ = [ -3, n0, "ConflictException", {
            [_aQE]: [ `ConflictException`, 409 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ConflictException);
        __webpack_exports__ = [ -3, n0, "CustomSchemaCountLimitExceededException", {
            [_aQE]: [ `CustomSchemaCountLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, CustomSchemaCountLimitExceededException);
        __webpack_exports__ = [ -3, n0, "DocumentAlreadyExists", {
            [_aQE]: [ `DocumentAlreadyExists`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DocumentAlreadyExists);
        __webpack_exports__ = [ -3, n0, "DocumentLimitExceeded", {
            [_aQE]: [ `DocumentLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DocumentLimitExceeded);
        __webpack_exports__ = [ -3, n0, "DocumentPermissionLimit", {
            [_aQE]: [ `DocumentPermissionLimit`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DocumentPermissionLimit);
        __webpack_exports__ = [ -3, n0, "DocumentVersionLimitExceeded", {
            [_aQE]: [ `DocumentVersionLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DocumentVersionLimitExceeded);
        __webpack_exports__ = [ -3, n0, "DoesNotExistException", {
            [_aQE]: [ `DoesNotExistException`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DoesNotExistException);
        __webpack_exports__ = [ -3, n0, "DuplicateDocumentContent", {
            [_aQE]: [ `DuplicateDocumentContent`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DuplicateDocumentContent);
        __webpack_exports__ = [ -3, n0, "DuplicateDocumentVersionName", {
            [_aQE]: [ `DuplicateDocumentVersionName`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, DuplicateDocumentVersionName);
        __webpack_exports__ = [ -3, n0, "DuplicateInstanceId", {
            [_aQE]: [ `DuplicateInstanceId`, 404 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, DuplicateInstanceId);
        __webpack_exports__ = [ -3, n0, "FeatureNotAvailableException", {
            [_aQE]: [ `FeatureNotAvailableException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, FeatureNotAvailableException);
        __webpack_exports__ = [ -3, n0, "HierarchyLevelLimitExceededException", {
            [_aQE]: [ `HierarchyLevelLimitExceededException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, HierarchyLevelLimitExceededException);
        __webpack_exports__ = [ -3, n0, "HierarchyTypeMismatchException", {
            [_aQE]: [ `HierarchyTypeMismatchException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, HierarchyTypeMismatchException);
        __webpack_exports__ = [ -3, n0, "IdempotentParameterMismatch", {
            [_aQE]: [ `IdempotentParameterMismatch`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, IdempotentParameterMismatch);
        __webpack_exports__ = [ -3, n0, "IncompatiblePolicyException", {
            [_aQE]: [ `IncompatiblePolicyException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, IncompatiblePolicyException);
        __webpack_exports__ = [ -3, n0, "InternalServerError", {
            [_aQE]: [ `InternalServerError`, 500 ],
            [_e]: "server"
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InternalServerError);
        __webpack_exports__ = [ -3, n0, "InvalidActivation", {
            [_aQE]: [ `InvalidActivation`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidActivation);
        __webpack_exports__ = [ -3, n0, "InvalidActivationId", {
            [_aQE]: [ `InvalidActivationId`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidActivationId);
        __webpack_exports__ = [ -3, n0, "InvalidAggregatorException", {
            [_aQE]: [ `InvalidAggregator`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAggregatorException);
        __webpack_exports__ = [ -3, n0, "InvalidAllowedPatternException", {
            [_aQE]: [ `InvalidAllowedPatternException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAllowedPatternException);
        __webpack_exports__ = [ -3, n0, "InvalidAssociation", {
            [_aQE]: [ `InvalidAssociation`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAssociation);
        __webpack_exports__ = [ -3, n0, "InvalidAssociationVersion", {
            [_aQE]: [ `InvalidAssociationVersion`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAssociationVersion);
        __webpack_exports__ = [ -3, n0, "InvalidAutomationExecutionParametersException", {
            [_aQE]: [ `InvalidAutomationExecutionParameters`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAutomationExecutionParametersException);
        __webpack_exports__ = [ -3, n0, "InvalidAutomationSignalException", {
            [_aQE]: [ `InvalidAutomationSignalException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAutomationSignalException);
        __webpack_exports__ = [ -3, n0, "InvalidAutomationStatusUpdateException", {
            [_aQE]: [ `InvalidAutomationStatusUpdateException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidAutomationStatusUpdateException);
        __webpack_exports__ = [ -3, n0, "InvalidCommandId", {
            [_aQE]: [ `InvalidCommandId`, 404 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidCommandId);
        __webpack_exports__ = [ -3, n0, "InvalidDeleteInventoryParametersException", {
            [_aQE]: [ `InvalidDeleteInventoryParameters`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDeleteInventoryParametersException);
        __webpack_exports__ = [ -3, n0, "InvalidDeletionIdException", {
            [_aQE]: [ `InvalidDeletionId`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDeletionIdException);
        __webpack_exports__ = [ -3, n0, "InvalidDocument", {
            [_aQE]: [ `InvalidDocument`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocument);
        __webpack_exports__ = [ -3, n0, "InvalidDocumentContent", {
            [_aQE]: [ `InvalidDocumentContent`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocumentContent);
        __webpack_exports__ = [ -3, n0, "InvalidDocumentOperation", {
            [_aQE]: [ `InvalidDocumentOperation`, 403 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocumentOperation);
        __webpack_exports__ = [ -3, n0, "InvalidDocumentSchemaVersion", {
            [_aQE]: [ `InvalidDocumentSchemaVersion`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocumentSchemaVersion);
        __webpack_exports__ = [ -3, n0, "InvalidDocumentType", {
            [_aQE]: [ `InvalidDocumentType`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocumentType);
        __webpack_exports__ = [ -3, n0, "InvalidDocumentVersion", {
            [_aQE]: [ `InvalidDocumentVersion`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidDocumentVersion);
        __webpack_exports__ = [ -3, n0, "InvalidFilter", {
            [_aQE]: [ `InvalidFilter`, 441 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidFilter);
        __webpack_exports__ = [ -3, n0, "InvalidFilterKey", {
            [_aQE]: [ `InvalidFilterKey`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidFilterKey);
        __webpack_exports__ = [ -3, n0, "InvalidFilterOption", {
            [_aQE]: [ `InvalidFilterOption`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidFilterOption);
        __webpack_exports__ = [ -3, n0, "InvalidFilterValue", {
            [_aQE]: [ `InvalidFilterValue`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidFilterValue);
        __webpack_exports__ = [ -3, n0, "InvalidInstanceId", {
            [_aQE]: [ `InvalidInstanceId`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInstanceId);
        __webpack_exports__ = [ -3, n0, "InvalidInstanceInformationFilterValue", {
            [_aQE]: [ `InvalidInstanceInformationFilterValue`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInstanceInformationFilterValue);
        __webpack_exports__ = [ -3, n0, "InvalidInstancePropertyFilterValue", {
            [_aQE]: [ `InvalidInstancePropertyFilterValue`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInstancePropertyFilterValue);
        __webpack_exports__ = [ -3, n0, "InvalidInventoryGroupException", {
            [_aQE]: [ `InvalidInventoryGroup`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInventoryGroupException);
        __webpack_exports__ = [ -3, n0, "InvalidInventoryItemContextException", {
            [_aQE]: [ `InvalidInventoryItemContext`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInventoryItemContextException);
        __webpack_exports__ = [ -3, n0, "InvalidInventoryRequestException", {
            [_aQE]: [ `InvalidInventoryRequest`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidInventoryRequestException);
        __webpack_exports__ = [ -3, n0, "InvalidItemContentException", {
            [_aQE]: [ `InvalidItemContent`, 400 ],
            [_e]: _c
        }, [ _TN, _M ], [ 0, 0 ] ];
        _s.registerError(__webpack_exports__, InvalidItemContentException);
        __webpack_exports__ = [ -3, n0, "InvalidKeyId", {
            [_aQE]: [ `InvalidKeyId`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidKeyId);
        __webpack_exports__ = [ -3, n0, "InvalidNextToken", {
            [_aQE]: [ `InvalidNextToken`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidNextToken);
        __webpack_exports__ = [ -3, n0, "InvalidNotificationConfig", {
            [_aQE]: [ `InvalidNotificationConfig`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidNotificationConfig);
        __webpack_exports__ = [ -3, n0, "InvalidOptionException", {
            [_aQE]: [ `InvalidOption`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidOptionException);
        __webpack_exports__ = [ -3, n0, "InvalidOutputFolder", {
            [_aQE]: [ `InvalidOutputFolder`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidOutputFolder);
        __webpack_exports__ = [ -3, n0, "InvalidOutputLocation", {
            [_aQE]: [ `InvalidOutputLocation`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidOutputLocation);
        __webpack_exports__ = [ -3, n0, _IP, {
            [_aQE]: [ `InvalidParameters`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidParameters);
        __webpack_exports__ = [ -3, n0, "InvalidPermissionType", {
            [_aQE]: [ `InvalidPermissionType`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidPermissionType);
        __webpack_exports__ = [ -3, n0, "InvalidPluginName", {
            [_aQE]: [ `InvalidPluginName`, 404 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidPluginName);
        __webpack_exports__ = [ -3, n0, "InvalidPolicyAttributeException", {
            [_aQE]: [ `InvalidPolicyAttributeException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidPolicyAttributeException);
        __webpack_exports__ = [ -3, n0, "InvalidPolicyTypeException", {
            [_aQE]: [ `InvalidPolicyTypeException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidPolicyTypeException);
        __webpack_exports__ = [ -3, n0, "InvalidResourceId", {
            [_aQE]: [ `InvalidResourceId`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidResourceId);
        __webpack_exports__ = [ -3, n0, "InvalidResourceType", {
            [_aQE]: [ `InvalidResourceType`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvalidResourceType);
        __webpack_exports__ = [ -3, n0, "InvalidResultAttributeException", {
            [_aQE]: [ `InvalidResultAttribute`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidResultAttributeException);
        __webpack_exports__ = [ -3, n0, "InvalidRole", {
            [_aQE]: [ `InvalidRole`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidRole);
        __webpack_exports__ = [ -3, n0, "InvalidSchedule", {
            [_aQE]: [ `InvalidSchedule`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidSchedule);
        __webpack_exports__ = [ -3, n0, "InvalidTag", {
            [_aQE]: [ `InvalidTag`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidTag);
        __webpack_exports__ = [ -3, n0, "InvalidTarget", {
            [_aQE]: [ `InvalidTarget`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidTarget);
        __webpack_exports__ = [ -3, n0, "InvalidTargetMaps", {
            [_aQE]: [ `InvalidTargetMaps`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidTargetMaps);
        __webpack_exports__ = [ -3, n0, "InvalidTypeNameException", {
            [_aQE]: [ `InvalidTypeName`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidTypeNameException);
        __webpack_exports__ = [ -3, n0, "InvalidUpdate", {
            [_aQE]: [ `InvalidUpdate`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, InvalidUpdate);
        __webpack_exports__ = [ -3, n0, "InvocationDoesNotExist", {
            [_aQE]: [ `InvocationDoesNotExist`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, InvocationDoesNotExist);
        __webpack_exports__ = [ -3, n0, "ItemContentMismatchException", {
            [_aQE]: [ `ItemContentMismatch`, 400 ],
            [_e]: _c
        }, [ _TN, _M ], [ 0, 0 ] ];
        _s.registerError(__webpack_exports__, ItemContentMismatchException);
        __webpack_exports__ = [ -3, n0, "ItemSizeLimitExceededException", {
            [_aQE]: [ `ItemSizeLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _TN, _M ], [ 0, 0 ] ];
        _s.registerError(__webpack_exports__, ItemSizeLimitExceededException);
        __webpack_exports__ = [ -3, n0, "MalformedResourcePolicyDocumentException", {
            [_aQE]: [ `MalformedResourcePolicyDocumentException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, MalformedResourcePolicyDocumentException);
        __webpack_exports__ = [ -3, n0, "MaxDocumentSizeExceeded", {
            [_aQE]: [ `MaxDocumentSizeExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, MaxDocumentSizeExceeded);
        __webpack_exports__ = [ -3, n0, "NoLongerSupportedException", {
            [_aQE]: [ `NoLongerSupported`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, NoLongerSupportedException);
        __webpack_exports__ = [ -3, n0, "OpsItemAccessDeniedException", {
            [_aQE]: [ `OpsItemAccessDeniedException`, 403 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemAccessDeniedException);
        __webpack_exports__ = [ -3, n0, "OpsItemAlreadyExistsException", {
            [_aQE]: [ `OpsItemAlreadyExistsException`, 400 ],
            [_e]: _c
        }, [ _M, _OII ], [ 0, 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemAlreadyExistsException);
        __webpack_exports__ = [ -3, n0, "OpsItemConflictException", {
            [_aQE]: [ `OpsItemConflictException`, 409 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemConflictException);
        __webpack_exports__ = [ -3, n0, "OpsItemInvalidParameterException", {
            [_aQE]: [ `OpsItemInvalidParameterException`, 400 ],
            [_e]: _c
        }, [ _PN, _M ], [ 64 | 0, 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemInvalidParameterException);
        __webpack_exports__ = [ -3, n0, "OpsItemLimitExceededException", {
            [_aQE]: [ `OpsItemLimitExceededException`, 400 ],
            [_e]: _c
        }, [ _RT, _L, _LT, _M ], [ 64 | 0, 1, 0, 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemLimitExceededException);
        _RT = [ -3, n0, "OpsItemNotFoundException", {
            [_aQE]: [ `OpsItemNotFoundException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, OpsItemNotFoundException);
        __webpack_exports__ = [ -3, n0, "OpsItemRelatedItemAlreadyExistsException", {
            [_aQE]: [ `OpsItemRelatedItemAlreadyExistsException`, 400 ],
            [_e]: _c
        }, [ _M, _RU, _OII ], [ 0, 0, 0 ] ];
        _s.registerError(__webpack_exports__, OpsItemRelatedItemAlreadyExistsException);
        _RT = [ -3, n0, "OpsItemRelatedItemAssociationNotFoundException", {
            [_aQE]: [ `OpsItemRelatedItemAssociationNotFoundException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, OpsItemRelatedItemAssociationNotFoundException);
        _RU = [ -3, n0, "OpsMetadataAlreadyExistsException", {
            [_aQE]: [ `OpsMetadataAlreadyExistsException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RU, OpsMetadataAlreadyExistsException);
        _OII = [ -3, n0, "OpsMetadataInvalidArgumentException", {
            [_aQE]: [ `OpsMetadataInvalidArgumentException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_OII, OpsMetadataInvalidArgumentException);
        __webpack_exports__ = [ -3, n0, "OpsMetadataKeyLimitExceededException", {
            [_aQE]: [ `OpsMetadataKeyLimitExceededException`, 429 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, OpsMetadataKeyLimitExceededException);
        _RT = [ -3, n0, "OpsMetadataLimitExceededException", {
            [_aQE]: [ `OpsMetadataLimitExceededException`, 429 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RT, OpsMetadataLimitExceededException);
        _RU = [ -3, n0, "OpsMetadataNotFoundException", {
            [_aQE]: [ `OpsMetadataNotFoundException`, 404 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RU, OpsMetadataNotFoundException);
        _OII = [ -3, n0, "OpsMetadataTooManyUpdatesException", {
            [_aQE]: [ `OpsMetadataTooManyUpdatesException`, 429 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_OII, OpsMetadataTooManyUpdatesException);
        __webpack_exports__ = [ -3, n0, "ParameterAlreadyExists", {
            [_aQE]: [ `ParameterAlreadyExists`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ParameterAlreadyExists);
        _RT = [ -3, n0, "ParameterLimitExceeded", {
            [_aQE]: [ `ParameterLimitExceeded`, 429 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RT, ParameterLimitExceeded);
        _RU = [ -3, n0, "ParameterMaxVersionLimitExceeded", {
            [_aQE]: [ `ParameterMaxVersionLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RU, ParameterMaxVersionLimitExceeded);
        _OII = [ -3, n0, "ParameterNotFound", {
            [_aQE]: [ `ParameterNotFound`, 404 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_OII, ParameterNotFound);
        __webpack_exports__ = [ -3, n0, "ParameterPatternMismatchException", {
            [_aQE]: [ `ParameterPatternMismatchException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ParameterPatternMismatchException);
        _RT = [ -3, n0, "ParameterVersionLabelLimitExceeded", {
            [_aQE]: [ `ParameterVersionLabelLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RT, ParameterVersionLabelLimitExceeded);
        _RU = [ -3, n0, "ParameterVersionNotFound", {
            [_aQE]: [ `ParameterVersionNotFound`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_RU, ParameterVersionNotFound);
        _OII = [ -3, n0, "PoliciesLimitExceededException", {
            [_aQE]: [ `PoliciesLimitExceededException`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_OII, PoliciesLimitExceededException);
        __webpack_exports__ = [ -3, n0, "ResourceDataSyncAlreadyExistsException", {
            [_aQE]: [ `ResourceDataSyncAlreadyExists`, 400 ],
            [_e]: _c
        }, [ _SN ], [ 0 ] ];
        _s.registerError(__webpack_exports__, ResourceDataSyncAlreadyExistsException);
        _RT = [ -3, n0, "ResourceDataSyncConflictException", {
            [_aQE]: [ `ResourceDataSyncConflictException`, 409 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, ResourceDataSyncConflictException);
        _RU = [ -3, n0, "ResourceDataSyncCountExceededException", {
            [_aQE]: [ `ResourceDataSyncCountExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RU, ResourceDataSyncCountExceededException);
        _OII = [ -3, n0, "ResourceDataSyncInvalidConfigurationException", {
            [_aQE]: [ `ResourceDataSyncInvalidConfiguration`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_OII, ResourceDataSyncInvalidConfigurationException);
        __webpack_exports__ = [ -3, n0, "ResourceDataSyncNotFoundException", {
            [_aQE]: [ `ResourceDataSyncNotFound`, 404 ],
            [_e]: _c
        }, [ _SN, _ST, _M ], [ 0, 0, 0 ] ];
        _s.registerError(__webpack_exports__, ResourceDataSyncNotFoundException);
        _RT = [ -3, n0, "ResourceInUseException", {
            [_aQE]: [ `ResourceInUseException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, ResourceInUseException);
        _RU = [ -3, n0, "ResourceLimitExceededException", {
            [_aQE]: [ `ResourceLimitExceededException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RU, ResourceLimitExceededException);
        _OII = [ -3, n0, "ResourceNotFoundException", {
            [_aQE]: [ `ResourceNotFoundException`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_OII, ResourceNotFoundException);
        _SN = [ -3, n0, "ResourcePolicyConflictException", {
            [_aQE]: [ `ResourcePolicyConflictException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_SN, ResourcePolicyConflictException);
        _ST = [ -3, n0, "ResourcePolicyInvalidParameterException", {
            [_aQE]: [ `ResourcePolicyInvalidParameterException`, 400 ],
            [_e]: _c
        }, [ _PN, _M ], [ 64 | 0, 0 ] ];
        _s.registerError(_ST, ResourcePolicyInvalidParameterException);
        __webpack_exports__ = [ -3, n0, "ResourcePolicyLimitExceededException", {
            [_aQE]: [ `ResourcePolicyLimitExceededException`, 400 ],
            [_e]: _c
        }, [ _L, _LT, _M ], [ 1, 0, 0 ] ];
        _s.registerError(__webpack_exports__, ResourcePolicyLimitExceededException);
        _RT = [ -3, n0, "ResourcePolicyNotFoundException", {
            [_aQE]: [ `ResourcePolicyNotFoundException`, 404 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, ResourcePolicyNotFoundException);
        _RU = [ -3, n0, "ServiceQuotaExceededException", {
            [_e]: _c
        }, [ _M, _QC, _SC, _RI, _RTe ], [ 0, 0, 0, 0, 0 ], 3 ];
        _s.registerError(_RU, ServiceQuotaExceededException);
        _OII = [ -3, n0, "ServiceSettingNotFound", {
            [_aQE]: [ `ServiceSettingNotFound`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_OII, ServiceSettingNotFound);
        _SN = [ -3, n0, "StatusUnchanged", {
            [_aQE]: [ `StatusUnchanged`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(_SN, StatusUnchanged);
        _PN = [ -3, n0, "SubTypeCountLimitExceededException", {
            [_aQE]: [ `SubTypeCountLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_PN, SubTypeCountLimitExceededException);
        _ST = [ -3, n0, "TargetInUseException", {
            [_aQE]: [ `TargetInUseException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_ST, TargetInUseException);
        _L = [ -3, n0, "TargetNotConnected", {
            [_aQE]: [ `TargetNotConnected`, 430 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_L, TargetNotConnected);
        _LT = [ -3, n0, "ThrottlingException", {
            [_e]: _c
        }, [ _M, _QC, _SC ], [ 0, 0, 0 ], 1 ];
        _s.registerError(_LT, ThrottlingException);
        __webpack_exports__ = [ -3, n0, "TooManyTagsError", {
            [_aQE]: [ `TooManyTagsError`, 400 ],
            [_e]: _c
        }, [], [] ];
        _s.registerError(__webpack_exports__, TooManyTagsError);
        _RT = [ -3, n0, "TooManyUpdates", {
            [_aQE]: [ `TooManyUpdates`, 429 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RT, TooManyUpdates);
        _RI = [ -3, n0, "TotalSizeLimitExceededException", {
            [_aQE]: [ `TotalSizeLimitExceeded`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RI, TotalSizeLimitExceededException);
        _RTe = [ -3, n0, "UnsupportedCalendarException", {
            [_aQE]: [ `UnsupportedCalendarException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RTe, UnsupportedCalendarException);
        _RU = [ -3, n0, "UnsupportedFeatureRequiredException", {
            [_aQE]: [ `UnsupportedFeatureRequiredException`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_RU, UnsupportedFeatureRequiredException);
        _OII = [ -3, n0, "UnsupportedInventoryItemContextException", {
            [_aQE]: [ `UnsupportedInventoryItemContext`, 400 ],
            [_e]: _c
        }, [ _TN, _M ], [ 0, 0 ] ];
        _s.registerError(_OII, UnsupportedInventoryItemContextException);
        _SN = [ -3, n0, "UnsupportedInventorySchemaVersionException", {
            [_aQE]: [ `UnsupportedInventorySchemaVersion`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_SN, UnsupportedInventorySchemaVersionException);
        _PN = [ -3, n0, "UnsupportedOperatingSystem", {
            [_aQE]: [ `UnsupportedOperatingSystem`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_PN, UnsupportedOperatingSystem);
        _ST = [ -3, n0, "UnsupportedOperationException", {
            [_aQE]: [ `UnsupportedOperation`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_ST, UnsupportedOperationException);
        _L = [ -3, n0, "UnsupportedParameterType", {
            [_aQE]: [ `UnsupportedParameterType`, 400 ],
            [_e]: _c
        }, [ _m ], [ 0 ] ];
        _s.registerError(_L, UnsupportedParameterType);
        _QC = [ -3, n0, "UnsupportedPlatformType", {
            [_aQE]: [ `UnsupportedPlatformType`, 400 ],
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        _s.registerError(_QC, UnsupportedPlatformType);
        _SC = [ -3, n0, "ValidationException", {
            [_aQE]: [ `ValidationException`, 400 ],
            [_e]: _c
        }, [ _M, "ReasonCode" ], [ 0, 0 ] ];
        _s.registerError(_SC, ValidationException);
        let errorTypeRegistries = [ _s_registry, _s ];
        var PSParameterValue = [ 0, n0, "PSParameterValue", 8, 0 ];
        var DescribeParametersRequest$ = [ 3, n0, "DescribeParametersRequest", 0, [ _Fi, _PF, _MR, _NT, "Shared" ], [ () => ParametersFilterList, () => ParameterStringFilterList, 1, 0, 2 ] ];
        var DescribeParametersResult$ = [ 3, n0, "DescribeParametersResult", 0, [ _P, _NT ], [ () => ParameterMetadataList, 0 ] ];
        var GetParameterHistoryRequest$ = [ 3, n0, "GetParameterHistoryRequest", 0, [ _N, _WD, _MR, _NT ], [ 0, 2, 1, 0 ], 1 ];
        var GetParameterHistoryResult$ = [ 3, n0, "GetParameterHistoryResult", 0, [ _P, _NT ], [ [ () => ParameterHistoryList, 0 ], 0 ] ];
        var GetParameterRequest$ = [ 3, n0, "GetParameterRequest", 0, [ _N, _WD ], [ 0, 2 ], 1 ];
        var GetParameterResult$ = [ 3, n0, "GetParameterResult", 0, [ _Par ], [ [ () => Parameter$, 0 ] ] ];
        var GetParametersRequest$ = [ 3, n0, "GetParametersRequest", 0, [ _Na, _WD ], [ 64 | 0, 2 ], 1 ];
        var GetParametersResult$ = [ 3, n0, "GetParametersResult", 0, [ _P, _IP ], [ [ () => ParameterList, 0 ], 64 | 0 ] ];
        var Parameter$ = [ 3, n0, _Par, 0, [ _N, _Ty, _V, _Ve, "Selector", "SourceResult", _LMD, _ARN, _DTa ], [ 0, 0, [ () => PSParameterValue, 0 ], 1, 0, 0, 4, 0, 0 ] ];
        var ParameterHistory$ = [ 3, n0, "ParameterHistory", 0, [ _N, _Ty, _KI, _LMD, _LMU, _D, _V, __webpack_require__, _Ve, _La, _Tie, _Po, _DTa ], [ 0, 0, 0, 4, 0, 0, [ () => PSParameterValue, 0 ], 0, 1, 64 | 0, 0, () => ParameterPolicyList, 0 ] ];
        var ParameterInlinePolicy$ = [ 3, n0, "ParameterInlinePolicy", 0, [ "PolicyText", "PolicyType", "PolicyStatus" ], [ 0, 0, 0 ] ];
        var ParameterMetadata$ = [ 3, n0, "ParameterMetadata", 0, [ _N, _ARN, _Ty, _KI, _LMD, _LMU, _D, __webpack_require__, _Ve, _Tie, _Po, _DTa ], [ 0, 0, 0, 0, 4, 0, 0, 0, 1, 0, () => ParameterPolicyList, 0 ] ];
        var ParametersFilter$ = [ 3, n0, "ParametersFilter", 0, [ _K, _Va ], [ 0, 64 | 0 ], 2 ];
        var ParameterStringFilter$ = [ 3, n0, "ParameterStringFilter", 0, [ _K, "Option", _Va ], [ 0, 0, 64 | 0 ], 1 ];
        var PutParameterRequest$ = [ 3, n0, "PutParameterRequest", 0, [ _N, _V, _D, _Ty, _KI, _Ov, __webpack_require__, _T, _Tie, _Po, _DTa ], [ 0, [ () => PSParameterValue, 0 ], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0 ], 2 ];
        var PutParameterResult$ = [ 3, n0, "PutParameterResult", 0, [ _Ve, _Tie ], [ 1, 0 ] ];
        var StartSessionRequest$ = [ 3, n0, "StartSessionRequest", 0, [ _Tar, _DN, _Rea, _P ], [ 0, 0, 0, [ 2, n0, _SMP, 0, 0, 64 | 0 ] ], 1 ];
        var StartSessionResponse$ = [ 3, n0, "StartSessionResponse", 0, [ _SIes, _TV, _SUt ], [ 0, 0, 0 ] ];
        var Tag$ = [ 3, n0, "Tag", 0, [ _K, _V ], [ 0, 0 ], 2 ];
        var TerminateSessionRequest$ = [ 3, n0, "TerminateSessionRequest", 0, [ _SIes ], [ 0 ], 1 ];
        var TerminateSessionResponse$ = [ 3, n0, "TerminateSessionResponse", 0, [ _SIes ], [ 0 ] ];
        var ParameterHistoryList = [ 1, n0, "ParameterHistoryList", 0, [ () => ParameterHistory$, 0 ] ];
        var ParameterList = [ 1, n0, "ParameterList", 0, [ () => Parameter$, 0 ] ];
        var ParameterMetadataList = [ 1, n0, "ParameterMetadataList", 0, () => ParameterMetadata$ ];
        var ParameterPolicyList = [ 1, n0, "ParameterPolicyList", 0, () => ParameterInlinePolicy$ ];
        var ParametersFilterList = [ 1, n0, "ParametersFilterList", 0, () => ParametersFilter$ ];
        var ParameterStringFilterList = [ 1, n0, "ParameterStringFilterList", 0, () => ParameterStringFilter$ ];
        var TagList = [ 1, n0, _TLa, 0, () => Tag$ ];
        var DescribeParameters$ = [ 9, n0, "DescribeParameters", 0, () => DescribeParametersRequest$, () => DescribeParametersResult$ ];
        var GetParameter$ = [ 9, n0, "GetParameter", 0, () => GetParameterRequest$, () => GetParameterResult$ ];
        var GetParameterHistory$ = [ 9, n0, "GetParameterHistory", 0, () => GetParameterHistoryRequest$, () => GetParameterHistoryResult$ ];
        var GetParameters$ = [ 9, n0, "GetParameters", 0, () => GetParametersRequest$, () => GetParametersResult$ ];
        var PutParameter$ = [ 9, n0, "PutParameter", 0, () => PutParameterRequest$, () => PutParameterResult$ ];
        var StartSession$ = [ 9, n0, "StartSession", 0, () => StartSessionRequest$, () => StartSessionResponse$ ];
        var TerminateSession$ = [ 9, n0, "TerminateSession", 0, () => TerminateSessionRequest$, () => TerminateSessionResponse$ ];
    }
};

export {
    id,
    ids,
    modules
};