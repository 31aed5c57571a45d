package io.sipspec.requirements;

/** The element a requirement binds, as written in the catalogue's {@code role} column. */
public enum Role {
    UAC("UAC"), UAS("UAS"), REGISTRAR("registrar"), REDIRECT("redirect"), PROXY("proxy"), ANY("any");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The catalogue spelling: {@code UAC}, {@code UAS}, {@code registrar}, {@code redirect}, {@code proxy}, {@code any}. */
    public String label() {
        return label;
    }

    public static Role of(String label) {
        for (Role r : values()) {
            if (r.label.equalsIgnoreCase(label.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "' (UAC, UAS, registrar, redirect, proxy, any)");
    }
}
