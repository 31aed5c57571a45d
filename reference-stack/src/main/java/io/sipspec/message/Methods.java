package io.sipspec.message;

/**
 * Method names. RFC 3261 §7.1: "The method names are case-sensitive." Methods are plain strings (any token
 * is a valid extension method, §27.4); these are the ones RFC 3261 defines and the common extensions.
 */
public final class Methods {

    private Methods() {
    }

    public static final String INVITE = "INVITE";
    public static final String ACK = "ACK";
    public static final String BYE = "BYE";
    public static final String CANCEL = "CANCEL";
    public static final String OPTIONS = "OPTIONS";
    public static final String REGISTER = "REGISTER";
    public static final String PRACK = "PRACK";
    public static final String SUBSCRIBE = "SUBSCRIBE";
    public static final String NOTIFY = "NOTIFY";
    public static final String PUBLISH = "PUBLISH";
    public static final String INFO = "INFO";
    public static final String REFER = "REFER";
    public static final String MESSAGE = "MESSAGE";
    public static final String UPDATE = "UPDATE";

    /** The methods RFC 3261 itself defines. */
    public static boolean isRfc3261(String method) {
        return switch (method) {
            case INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER -> true;
            default -> false;
        };
    }
}
