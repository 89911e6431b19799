let id = 981;

let ids = [ 981 ];

let modules = {
    8529: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            H: () => function proxyAgentFor(protocol, env) {
                env = (0, _env_proxy_js__WEBPACK_IMPORTED_MODULE_2__.cS)(env);
                if (!env) return;
                env = {
                    proxyEnv: env
                };
                return "https:" === protocol ? new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent(env) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(env);
            }
        });
        var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
        var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
        var _env_proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(503);
    },
    5981: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            SsmTunnel: () => SsmTunnel
        });
        var StartSessionCommand = __webpack_require__(5656);
        var TerminateSessionCommand = __webpack_require__(5575);
        var proxy_agent = __webpack_require__(8529);
        __webpack_exports__ = __webpack_require__(7075);
        var external_node_crypto_ = __webpack_require__(7598);
        var wrapper = __webpack_require__(2977);
        let MessageType = {
            inputStreamData: "input_stream_data",
            outputStreamData: "output_stream_data",
            acknowledge: "acknowledge",
            channelClosed: "channel_closed",
            startPublication: "start_publication",
            pausePublication: "pause_publication"
        };
        let PayloadType = {
            output: 1,
            error: 2,
            size: 3,
            parameter: 4,
            handshakeRequest: 5,
            handshakeResponse: 6,
            handshakeComplete: 7,
            encChallengeRequest: 8,
            encChallengeResponse: 9,
            flag: 10,
            stdErr: 11,
            exitCode: 12
        };
        let PayloadTypeFlag = {
            disconnectToPort: 1,
            terminateSession: 2,
            connectToPortError: 3
        };
        let MESSAGE_TYPE_OFFSET = 4;
        let MESSAGE_TYPE_LENGTH = 32;
        let SCHEMA_VERSION_OFFSET = 36;
        let CREATED_DATE_OFFSET = 40;
        let SEQUENCE_NUMBER_OFFSET = 48;
        let FLAGS_OFFSET = 56;
        let MESSAGE_ID_OFFSET = 64;
        let PAYLOAD_DIGEST_OFFSET = 80;
        let PAYLOAD_TYPE_OFFSET = 112;
        let PAYLOAD_LENGTH_OFFSET = 116;
        let HEADER_LENGTH = PAYLOAD_LENGTH_OFFSET;
        class ClientMessageError extends Error {
            constructor(message) {
                super(`Invalid Session Manager message: ` + message);
                this.name = "ClientMessageError";
            }
        }
        function sha256(payload) {
            return (0, external_node_crypto_.createHash)("sha256").update(payload).digest();
        }
        function encodeClientMessage(message) {
            var typeBytes = Buffer.from(message.messageType, "utf8");
            if (typeBytes.length > MESSAGE_TYPE_LENGTH) throw new ClientMessageError(`MessageType "${message.messageType}" is longer than ${MESSAGE_TYPE_LENGTH} bytes`);
            var payload = message.payload;
            var frame = Buffer.alloc(HEADER_LENGTH + 4 + payload.length);
            frame.writeUInt32BE(HEADER_LENGTH, 0);
            frame.fill(32, MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH);
            typeBytes.copy(frame, MESSAGE_TYPE_OFFSET);
            frame.writeUInt32BE(message.schemaVersion, SCHEMA_VERSION_OFFSET);
            frame.writeBigUInt64BE(message.createdDate, CREATED_DATE_OFFSET);
            frame.writeBigInt64BE(message.sequenceNumber, SEQUENCE_NUMBER_OFFSET);
            frame.writeBigUInt64BE(message.flags, FLAGS_OFFSET);
            typeBytes = function uuidBytes(id) {
                var hex = id.replace(/-/g, "");
                if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new ClientMessageError(`expected a UUID as MessageId, got "${id}"`);
                return Buffer.from(hex, "hex");
            }(message.messageId);
            typeBytes.copy(frame, MESSAGE_ID_OFFSET, 8, 16);
            typeBytes.copy(frame, MESSAGE_ID_OFFSET + 8, 0, 8);
            sha256(payload).copy(frame, PAYLOAD_DIGEST_OFFSET);
            frame.writeUInt32BE(message.payloadType, PAYLOAD_TYPE_OFFSET);
            frame.writeUInt32BE(payload.length, PAYLOAD_LENGTH_OFFSET);
            payload.copy(frame, PAYLOAD_LENGTH_OFFSET + 4);
            return frame;
        }
        function decodeClientMessage(frame) {
            if (frame.length < PAYLOAD_LENGTH_OFFSET + 4) throw new ClientMessageError(`frame of ${frame.length} bytes is shorter than the ${PAYLOAD_LENGTH_OFFSET + 4}-byte header`);
            var headerLength = frame.readUInt32BE(0);
            var messageType = frame.subarray(MESSAGE_TYPE_OFFSET, MESSAGE_TYPE_OFFSET + MESSAGE_TYPE_LENGTH).toString("utf8").replace(/\0/g, "").trim();
            var idBytes = Buffer.concat([ frame.subarray(MESSAGE_ID_OFFSET + 8, MESSAGE_ID_OFFSET + 16), frame.subarray(MESSAGE_ID_OFFSET, MESSAGE_ID_OFFSET + 8) ]);
            var payloadLength = frame.readUInt32BE(PAYLOAD_LENGTH_OFFSET);
            var payload = Buffer.from(frame.subarray(headerLength + 4));
            idBytes = {
                messageType: messageType,
                schemaVersion: frame.readUInt32BE(SCHEMA_VERSION_OFFSET),
                createdDate: frame.readBigUInt64BE(CREATED_DATE_OFFSET),
                sequenceNumber: frame.readBigInt64BE(SEQUENCE_NUMBER_OFFSET),
                flags: frame.readBigUInt64BE(FLAGS_OFFSET),
                messageId: function uuidString(bytes) {
                    bytes = bytes.toString("hex");
                    return `${bytes.slice(0, 8)}-${bytes.slice(8, 12)}-${bytes.slice(12, 16)}-${bytes.slice(16, 20)}-` + bytes.slice(20);
                }(idBytes),
                payloadType: frame.readUInt32BE(PAYLOAD_TYPE_OFFSET),
                payload: payload
            };
            if (messageType === MessageType.startPublication || messageType === MessageType.pausePublication) return idBytes;
            if (0 === headerLength) throw new ClientMessageError("HeaderLength cannot be zero");
            if ("" === messageType) throw new ClientMessageError("MessageType is missing");
            if (0n === idBytes.createdDate) throw new ClientMessageError("CreatedDate is missing");
            if (0 !== payloadLength) {
                headerLength = frame.subarray(PAYLOAD_DIGEST_OFFSET, PAYLOAD_DIGEST_OFFSET + 32);
                if (!sha256(payload).equals(headerLength)) throw new ClientMessageError(`payload digest does not match (${messageType})`);
            }
            return idBytes;
        }
        let ActionStatus = {
            success: 1,
            failed: 2,
            unsupported: 3
        };
        let CLIENT_VERSION = "1.1.61.0";
        let MAX_PAYLOAD = 1024;
        let RESEND_AFTER_MS = 3e3;
        let RESEND_CHECK_MS = 500;
        let MAX_HELD = 1e4;
        class DataChannelError extends Error {
            constructor(message, options) {
                super(message, options);
                this.name = "DataChannelError";
            }
        }
        class SsmDataChannel extends __webpack_exports__.Duplex {
            sessionId;
            agentVersion;
            closeReason;
            ws;
            log;
            outgoingSeq = 0n;
            expectedSeq = 0n;
            held = new Map();
            unacked = new Map();
            resendTimer;
            paused = false;
            whilePaused = [];
            handshakeDone;
            ready;
            constructor(ws, sessionId, log) {
                super({
                    allowHalfOpen: false
                });
                this.ws = ws;
                this.sessionId = sessionId;
                this.log = log;
                this.ready = new Promise((resolve, reject) => {
                    this.handshakeDone = error => error ? reject(error) : resolve();
                });
                this.ready.catch(() => {});
                ws.on("message", (data, isBinary) => {
                    if (!isBinary) return;
                    try {
                        this.receive(decodeClientMessage(function toBuffer(data) {
                            if (Buffer.isBuffer(data)) return data;
                            if (Array.isArray(data)) return Buffer.concat(data);
                            return Buffer.from(data);
                        }(data)));
                    } catch (error) {
                        this.fail(error instanceof Error ? error : new Error(String(error)));
                    }
                });
                ws.on("close", (code, reason) => {
                    code = `the data channel of session ${sessionId} closed (${code}${reason.length ? `: ` + reason.toString() : ""})`;
                    this.handshakeDone(new DataChannelError(code));
                    this.push(null);
                    if (!this.destroyed) this.destroy();
                });
                ws.on("error", error => this.fail(new DataChannelError(`data channel of session ${sessionId}: ` + error.message, {
                    cause: error
                })));
                this.resendTimer = setInterval(() => this.resendOverdue(), RESEND_CHECK_MS);
                this.resendTimer.unref();
            }
            static async open(options) {
                var log = options.log ?? (() => {});
                let ws = new wrapper.Ay(options.streamUrl, {
                    handshakeTimeout: options.timeoutMs ?? 3e4,
                    ...options.agent ? {
                        agent: options.agent
                    } : {}
                });
                let channel = new SsmDataChannel(ws, options.sessionId, log);
                let timeoutMs = options.timeoutMs ?? 3e4;
                let timer;
                log = () => channel.fail(new DataChannelError("aborted", {
                    cause: options.signal?.reason
                }));
                options.signal?.addEventListener("abort", log, {
                    once: true
                });
                try {
                    await new Promise((resolve, reject) => {
                        ws.once("open", resolve);
                        ws.once("error", reject);
                        ws.once("close", () => reject(new DataChannelError(`data channel of session ${options.sessionId} closed while opening`)));
                    });
                    ws.send(JSON.stringify(function openDataChannelInput(tokenValue, clientId, clientVersion) {
                        return {
                            MessageSchemaVersion: "1.0",
                            RequestId: (0, external_node_crypto_.randomUUID)(),
                            TokenValue: tokenValue,
                            ClientId: clientId,
                            ClientVersion: clientVersion
                        };
                    }(options.tokenValue, (0, external_node_crypto_.randomUUID)(), CLIENT_VERSION)));
                    await Promise.race([ channel.ready, new Promise((_, reject) => {
                        timer = setTimeout(() => reject(new DataChannelError(`no handshake from the agent on session ${options.sessionId} within ${timeoutMs / 1e3}s`)), timeoutMs);
                    }) ]);
                    return channel;
                } catch (error) {
                    channel.destroy();
                    throw error instanceof DataChannelError ? error : new DataChannelError(`could not open the data channel of session ${options.sessionId}: ` + error.message, {
                        cause: error
                    });
                } finally {
                    clearTimeout(timer);
                    options.signal?.removeEventListener("abort", log);
                }
            }
            _read() {}
            _write(chunk, _encoding, callback) {
                this.afterPublication(() => {
                    try {
                        for (let at = 0; at < chunk.length; at += MAX_PAYLOAD) this.sendStream(PayloadType.output, chunk.subarray(at, at + MAX_PAYLOAD));
                        callback();
                    } catch (error) {
                        callback(error);
                    }
                });
            }
            _final(callback) {
                this.afterPublication(() => {
                    try {
                        if (this.ws.readyState === wrapper.Ay.OPEN) this.sendStream(PayloadType.flag, function flagPayload(flag) {
                            var payload = Buffer.alloc(4);
                            payload.writeUInt32BE(flag, 0);
                            return payload;
                        }(PayloadTypeFlag.disconnectToPort));
                        callback();
                    } catch (error) {
                        callback(error);
                    }
                });
            }
            _destroy(error, callback) {
                clearInterval(this.resendTimer);
                this.handshakeDone(error ?? new DataChannelError("data channel closed"));
                if (this.ws.readyState === wrapper.Ay.OPEN || this.ws.readyState === wrapper.Ay.CONNECTING) this.ws.terminate();
                callback(error);
            }
            get unacknowledged() {
                return this.unacked.size;
            }
            fail(error) {
                this.handshakeDone(error);
                if (!this.destroyed) this.destroy(error);
            }
            afterPublication(send) {
                if (this.paused) this.whilePaused.push(send); else send();
            }
            sendStream(payloadType, payload) {
                var sequenceNumber = this.outgoingSeq++;
                payloadType = encodeClientMessage(function streamMessage(options) {
                    return {
                        messageType: options.messageType,
                        schemaVersion: 1,
                        createdDate: BigInt((options.now ?? Date.now)()),
                        sequenceNumber: options.sequenceNumber,
                        flags: 0n,
                        messageId: (0, external_node_crypto_.randomUUID)(),
                        payloadType: options.payloadType,
                        payload: options.payload
                    };
                }({
                    messageType: MessageType.inputStreamData,
                    sequenceNumber: sequenceNumber,
                    payloadType: payloadType,
                    payload: payload
                }));
                this.unacked.set(sequenceNumber, {
                    frame: payloadType,
                    sentAt: Date.now()
                });
                this.ws.send(payloadType);
            }
            resendOverdue() {
                if (this.paused || this.ws.readyState !== wrapper.Ay.OPEN) return;
                var now = Date.now();
                for (var [ seq, entry ] of this.unacked) {
                    if (now - entry.sentAt < RESEND_AFTER_MS) continue;
                    this.log(`resending message ${seq} of session ${this.sessionId} (unacknowledged for ${now - entry.sentAt} ms)`);
                    entry.sentAt = now;
                    this.ws.send(entry.frame);
                }
            }
            receive(message) {
                switch (message.messageType) {
                  case MessageType.acknowledge:
                    var ack = function parseAcknowledgeContent(message) {
                        if (message.messageType !== MessageType.acknowledge) throw new ClientMessageError(`expected an acknowledge message, got ` + message.messageType);
                        message = JSON.parse(message.payload.toString("utf8"));
                        if ("string" !== typeof message.AcknowledgedMessageId || "number" !== typeof message.AcknowledgedMessageSequenceNumber) throw new ClientMessageError("acknowledge payload lacks a message id or sequence number");
                        return message;
                    }(message);
                    this.unacked.delete(BigInt(ack.AcknowledgedMessageSequenceNumber));
                    return;

                  case MessageType.outputStreamData:
                    this.ws.send(encodeClientMessage(function acknowledgeMessage(of, now = Date.now) {
                        of = {
                            AcknowledgedMessageType: of.messageType,
                            AcknowledgedMessageId: of.messageId,
                            AcknowledgedMessageSequenceNumber: Number(of.sequenceNumber),
                            IsSequentialMessage: true
                        };
                        return {
                            messageType: MessageType.acknowledge,
                            schemaVersion: 1,
                            createdDate: BigInt(now()),
                            sequenceNumber: 0n,
                            flags: 3n,
                            messageId: (0, external_node_crypto_.randomUUID)(),
                            payloadType: 0,
                            payload: Buffer.from(JSON.stringify(of), "utf8")
                        };
                    }(message)));
                    if (message.sequenceNumber < this.expectedSeq) return;
                    if (message.sequenceNumber > this.expectedSeq) {
                        if (this.held.size >= MAX_HELD) throw new DataChannelError(`more than ${MAX_HELD} messages arrived ahead of message ` + this.expectedSeq);
                        this.held.set(message.sequenceNumber, message);
                        return;
                    }
                    this.deliver(message);
                    for (let next = this.held.get(this.expectedSeq); next; next = this.held.get(this.expectedSeq)) {
                        this.held.delete(next.sequenceNumber);
                        this.deliver(next);
                    }
                    return;

                  case MessageType.channelClosed:
                    ack = function channelClosedOutput(payload) {
                        try {
                            var parsed = JSON.parse(payload.toString("utf8"));
                            return "string" === typeof parsed.Output && parsed.Output ? parsed.Output : void 0;
                        } catch {
                            return;
                        }
                    }(message.payload);
                    ack = new DataChannelError(`session ${this.sessionId} was closed by Session Manager` + (ack ? `: ` + ack : ""));
                    this.handshakeDone(ack);
                    this.push(null);
                    this.ws.close(1e3);
                    return;

                  case MessageType.pausePublication:
                    this.paused = true;
                    return;

                  case MessageType.startPublication:
                    this.paused = false;
                    for (var send of this.whilePaused.splice(0)) send();
                    return;

                  default:
                    this.log(`ignoring a ${message.messageType} message on session ` + this.sessionId);
                }
            }
            deliver(message) {
                this.expectedSeq = message.sequenceNumber + 1n;
                switch (message.payloadType) {
                  case PayloadType.output:
                    this.push(message.payload);
                    return;

                  case PayloadType.handshakeRequest:
                    var request = JSON.parse(message.payload.toString("utf8"));
                    this.agentVersion = request.AgentVersion;
                    request = function handshakeResponse(request, clientVersion) {
                        request = request.RequestedClientActions.map(action => "SessionType" === action.ActionType ? {
                            ActionType: action.ActionType,
                            ActionStatus: ActionStatus.success
                        } : {
                            ActionType: action.ActionType,
                            ActionStatus: ActionStatus.unsupported,
                            Error: action.ActionType + ` is not supported by build-ami's Session Manager client`
                        });
                        var errors = request.flatMap(p => p.Error ? [ p.Error ] : []);
                        return {
                            ClientVersion: clientVersion,
                            ProcessedClientActions: request,
                            Errors: errors
                        };
                    }(request, CLIENT_VERSION);
                    this.sendStream(PayloadType.handshakeResponse, Buffer.from(JSON.stringify(request), "utf8"));
                    return;

                  case PayloadType.handshakeComplete:
                    this.handshakeDone();
                    return;

                  case PayloadType.flag:
                    request = message.payload.length >= 4 ? message.payload.readUInt32BE(0) : -1;
                    if (request === PayloadTypeFlag.connectToPortError) {
                        this.closeReason = `the agent on session ${this.sessionId} could not connect to the port`;
                        this.log(this.closeReason);
                        this.push(null);
                        this.destroy();
                    }
                    return;

                  default:
                    this.log(`ignoring payload type ${message.payloadType} on session ` + this.sessionId);
                }
            }
        }
        class SsmTunnel {
            options;
            sessions = new Set();
            constructor(options) {
                this.options = options;
            }
            async open(signal, timeoutMs = 3e4) {
                let {
                    ssm,
                    instanceId,
                    remotePort,
                    localPort
                } = this.options;
                var parameters = {
                    portNumber: [ String(remotePort) ]
                };
                if (localPort) parameters.localPortNumber = [ String(localPort) ];
                parameters = await ssm.send(new StartSessionCommand.E({
                    Target: instanceId,
                    DocumentName: "AWS-StartPortForwardingSession",
                    Parameters: parameters
                }), {
                    abortSignal: signal
                }).catch(error => {
                    throw new StartSessionError(instanceId, error);
                });
                let sessionId = parameters.SessionId;
                this.sessions.add(sessionId);
                this.options.log?.(`Started Session Manager session ${sessionId} to ${instanceId}:` + remotePort);
                try {
                    var channel = await SsmDataChannel.open({
                        streamUrl: parameters.StreamUrl,
                        tokenValue: parameters.TokenValue,
                        sessionId: sessionId,
                        timeoutMs: timeoutMs,
                        signal: signal,
                        log: this.options.log,
                        agent: function dataChannelAgent(streamUrl, env) {
                            return (0, proxy_agent.H)("wss:" === new URL(streamUrl).protocol ? "https:" : "http:", env);
                        }(parameters.StreamUrl, this.options.env ?? process.env)
                    });
                    if (channel.destroyed) throw new DataChannelError(channel.closeReason ?? `the data channel of session ${sessionId} closed`);
                    channel.once("close", () => void this.terminate(sessionId));
                    return channel;
                } catch (error) {
                    await this.terminate(sessionId);
                    throw error;
                }
            }
            async terminate(sessionId) {
                if (!this.sessions.delete(sessionId)) return;
                try {
                    await this.options.ssm.send(new TerminateSessionCommand.n({
                        SessionId: sessionId
                    }));
                    this.options.log?.(`Terminated Session Manager session ` + sessionId);
                } catch (error) {
                    this.options.log?.(`TerminateSession ${sessionId} failed (${error.message}); it ends when its idle timeout passes`);
                }
            }
            async terminateAll() {
                await Promise.all([ ...this.sessions ].map(id => this.terminate(id)));
            }
        }
        class StartSessionError extends Error {
            fatal;
            constructor(instanceId, cause) {
                var name = cause?.name ?? "Error";
                var status = cause?.$metadata?.httpStatusCode;
                status = void 0 !== status && status >= 400 && status < 500 && !(error => "TargetNotConnected" === error?.name)(cause) && !/Throttl|TooManyRequests/.test(name);
                super(`StartSession to ${instanceId} failed: ${name}: ` + (cause?.message ?? String(cause)) + ("AccessDeniedException" === name ? " (the job needs ssm:StartSession on the instance and the AWS-StartPortForwardingSession document)" : ""), {
                    cause: cause
                });
                this.name = "StartSessionError";
                this.fatal = status;
            }
        }
    }
};

export {
    id,
    ids,
    modules
};