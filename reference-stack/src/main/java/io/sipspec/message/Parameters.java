package io.sipspec.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An ordered, immutable list of parameters ({@code ;name=value} or {@code ;flag}).
 *
 * <p>RFC 3261 §7.3.1 and §20: parameter names are case-insensitive; values are case-insensitive
 * unless they are quoted strings or the header says otherwise. Values are kept as written, quotes
 * included, so the list serializes to the text it was read from. {@link #value(String)} returns the
 * unquoted value.
 */
public final class Parameters {

    public static final Parameters EMPTY = new Parameters(new String[0]);

    /** name0, value0, name1, value1 … ; a null value is a flag parameter. */
    private final String[] nv;

    private Parameters(String[] nv) {
        this.nv = nv;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return nv.length / 2;
    }

    public boolean isEmpty() {
        return nv.length == 0;
    }

    public String name(int i) {
        return nv[2 * i];
    }

    /** The value as written (quotes kept), or {@code null} for a flag. */
    public String rawValue(int i) {
        return nv[2 * i + 1];
    }

    private int indexOf(String name) {
        for (int i = 0; i < nv.length; i += 2) {
            if (nv[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** True if the parameter is present, with or without a value. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * The value of the first parameter with this name, unquoted; the empty string for a flag, {@code null}
     * when absent.
     */
    public String value(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        String v = nv[i + 1];
        if (v == null) {
            return "";
        }
        if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
            return SipReader.unquote(v.substring(1, v.length() - 1));
        }
        return v;
    }

    /** The value as written, quotes kept; {@code null} when absent or a flag. */
    public String rawValue(String name) {
        int i = indexOf(name);
        return i < 0 ? null : nv[i + 1];
    }

    /** A copy with {@code name} set to {@code value} (replacing the first one of that name, else appended). */
    public Parameters with(String name, String value) {
        int i = indexOf(name);
        String[] copy;
        if (i >= 0) {
            copy = nv.clone();
            copy[i + 1] = value;
        } else {
            copy = Arrays.copyOf(nv, nv.length + 2);
            copy[nv.length] = name;
            copy[nv.length + 1] = value;
        }
        return new Parameters(copy);
    }

    /** A copy without any parameter called {@code name}. */
    public Parameters without(String name) {
        if (indexOf(name) < 0) {
            return this;
        }
        List<String> out = new ArrayList<>(nv.length);
        for (int i = 0; i < nv.length; i += 2) {
            if (!nv[i].equalsIgnoreCase(name)) {
                out.add(nv[i]);
                out.add(nv[i + 1]);
            }
        }
        return new Parameters(out.toArray(new String[0]));
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(size());
        for (int i = 0; i < nv.length; i += 2) {
            names.add(nv[i]);
        }
        return Collections.unmodifiableList(names);
    }

    /** Appends {@code ;name[=value]} for each parameter. */
    public void encode(StringBuilder out, char separator) {
        for (int i = 0; i < nv.length; i += 2) {
            out.append(separator).append(nv[i]);
            if (nv[i + 1] != null) {
                out.append('=').append(nv[i + 1]);
            }
        }
    }

    /** The comparison form of a value: quoted strings are compared as written, others case-insensitively. */
    static String comparable(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.startsWith("\"")) {
            return raw;
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    /**
     * The parameter of {@code other} that corresponds to parameter {@code i} of this list: the same occurrence of the
     * same name (case-insensitive), or -1. RFC 3261 §7.3.1: "any given parameter-name MUST NOT appear more than once";
     * when a received value breaks that rule, the n-th repetition pairs with the n-th, so equality stays reflexive.
     */
    int counterpart(int i, Parameters other) {
        String name = nv[2 * i];
        int occurrence = 0;
        for (int j = 0; j < i; j++) {
            if (nv[2 * j].equalsIgnoreCase(name)) {
                occurrence++;
            }
        }
        for (int j = 0; j < other.nv.length; j += 2) {
            if (other.nv[j].equalsIgnoreCase(name) && occurrence-- == 0) {
                return j / 2;
            }
        }
        return -1;
    }

    /**
     * RFC 3261 §7.3.1 equality: the same names (case-insensitive) with equal values, order not significant.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Parameters p) || p.nv.length != nv.length) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            int j = counterpart(i, p);
            if (j < 0 || !comparable(rawValue(i)).equals(comparable(p.rawValue(j)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < nv.length; i += 2) {
            h += nv[i].toLowerCase(Locale.ROOT).hashCode() ^ comparable(nv[i + 1]).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        encode(b, ';');
        return b.toString();
    }

    /**
     * For parsers, which collect parameters without a {@link Builder}: {@code nv} (name0, value0, … in its first
     * {@code size} slots; null when empty) with {@code name} and {@code value} appended, in a larger copy when full.
     */
    static String[] append(String[] nv, int size, String name, String value) {
        // Exact growth for the few parameters a value usually has (no array to trim in of()); doubling past eight
        // parameters, so that a value with thousands of them still costs linear time.
        String[] a = nv == null ? new String[2] : size == nv.length ? Arrays.copyOf(nv, size < 16 ? size + 2 : size * 2) : nv;
        a[size] = name;
        a[size + 1] = value;
        return a;
    }

    /** The parameters in the first {@code size} slots of {@code nv} (see {@link #append}); {@code nv} is handed over. */
    static Parameters of(String[] nv, int size) {
        if (size == 0) {
            return EMPTY;
        }
        // A full array is handed over as is: a later append() finds it full and copies it before writing.
        return new Parameters(size == nv.length ? nv : Arrays.copyOf(nv, size));
    }

    /** Collects parameters in order. */
    public static final class Builder {
        /** name0, value0, name1, value1 … in the first {@code size} slots; see {@link Parameters#append}. */
        private String[] nv;
        private int size;

        private Builder() {
        }

        /** Adds a parameter; {@code value} is written as given (quote it yourself if it must be quoted), null for a flag. */
        public Builder add(String name, String value) {
            nv = append(nv, size, name, value);
            size += 2;
            return this;
        }

        public Parameters build() {
            return of(nv, size);
        }
    }
}
