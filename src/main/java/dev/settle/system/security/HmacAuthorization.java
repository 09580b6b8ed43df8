package dev.settle.system.security;

/** The parts of an {@code Authorization: Hmac publicKey:nonce:epochSeconds:signature} header. */
record HmacAuthorization(String publicKey, String nonce, long epochSeconds, String signature) {

    private static final String SCHEME = "Hmac ";

    static HmacAuthorization parse(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw HmacTokenExchange.refused("expected 'Authorization: Hmac publicKey:nonce:epochSeconds:signature'");
        }
        String[] parts = header.substring(SCHEME.length()).trim().split(":", -1);
        if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty() || parts[3].isEmpty()
                || parts[1].length() > 128) {
            throw HmacTokenExchange.refused("expected four ':'-separated parts: publicKey:nonce:epochSeconds:signature");
        }
        long epoch;
        try {
            epoch = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw HmacTokenExchange.refused("epochSeconds '" + parts[2] + "' is not a number");
        }
        return new HmacAuthorization(parts[0], parts[1], epoch, parts[3]);
    }

    String signedText(String bodyHash) {
        return publicKey + ":" + nonce + ":" + epochSeconds + ":" + bodyHash;
    }
}
