export const id = 691;
export const ids = [691];
export const modules = {

/***/ 8691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oneTimeKeyPair: () => (/* binding */ oneTimeKeyPair)
/* harmony export */ });
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5472);
/* harmony import */ var ssh2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ssh2__WEBPACK_IMPORTED_MODULE_0__);
// Keys that live for one build step and are never written anywhere but a 0600 temp file: the
// ansible proxy's host key and the key ansible logs in with (Packer makes both afresh per run).

/**
 * A fresh ed25519 key pair for one build step (ssh2's generator): privateKey in OpenSSH format.
 * ssh2's generator drops a leading zero byte of the public key about once in 256 keys, writing a key
 * that neither ssh2 ("Malformed OpenSSH private key") nor OpenSSH can load: such a pair is thrown
 * away and another made, so one build in a hundred does not fail on it.
 */
function oneTimeKeyPair(comment) {
    for (;;) {
        const pair = ssh2__WEBPACK_IMPORTED_MODULE_0___default().utils.generateKeyPairSync('ed25519', { comment });
        if (!(ssh2__WEBPACK_IMPORTED_MODULE_0___default().utils.parseKey(pair.private) instanceof Error))
            return { privateKey: pair.private, publicKey: pair.public };
    }
}


/***/ })

};
