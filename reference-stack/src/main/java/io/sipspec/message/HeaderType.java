package io.sipspec.message;

import java.util.List;
import java.util.function.Function;

/**
 * A typed key for a header field: its name, the grammar of one element and how to write it back.
 *
 * <p>List types ({@code Via}, {@code Contact}, {@code Allow}…) read {@code element *(COMMA element)} in each
 * field and concatenate the fields in order (RFC 3261 §7.3.1). Single types read exactly one element. Every
 * parse error is a {@link SipParseException} naming the header.
 *
 * @param <T> the type of one element
 */
public final class HeaderType<T> {

    /** Reads one element at the reader's position. */
    @FunctionalInterface
    public interface ElementReader<T> {
        T read(SipReader r);
    }

    private final HeaderName name;
    private final ElementReader<T> reader;
    private final Function<T, String> writer;
    private final boolean list;
    private final boolean emptyAllowed;
    private final boolean rowPerValue;

    private HeaderType(HeaderName name, ElementReader<T> reader, Function<T, String> writer, boolean list, boolean emptyAllowed,
            boolean rowPerValue) {
        this.name = name;
        this.reader = reader;
        this.writer = writer;
        this.list = list;
        this.emptyAllowed = emptyAllowed;
        this.rowPerValue = rowPerValue;
    }

    static <T> HeaderType<T> single(HeaderName name, ElementReader<T> reader) {
        return new HeaderType<>(name, reader, String::valueOf, false, false, false);
    }

    /** A single value written by {@code writer} instead of its {@code toString}. */
    static <T> HeaderType<T> single(HeaderName name, ElementReader<T> reader, Function<T, String> writer) {
        return new HeaderType<>(name, reader, writer, false, false, false);
    }

    static <T> HeaderType<T> list(HeaderName name, ElementReader<T> reader) {
        return new HeaderType<>(name, reader, String::valueOf, true, false, false);
    }

    /** A single value that may be empty (e.g. {@code Subject:}, §20.36). */
    static <T> HeaderType<T> singleOrEmpty(HeaderName name, ElementReader<T> reader) {
        return new HeaderType<>(name, reader, String::valueOf, false, true, false);
    }

    /** A list whose field value may be empty (e.g. {@code Accept:} and {@code Supported:}, §20.1, §20.37). */
    static <T> HeaderType<T> listOrEmpty(HeaderName name, ElementReader<T> reader) {
        return new HeaderType<>(name, reader, String::valueOf, true, true, false);
    }

    /**
     * One value per row, in as many rows as there are values: RFC 3261 §7.3.1: "The exceptions to this rule are the
     * WWW-Authenticate, Authorization, Proxy-Authenticate, and Proxy-Authorization header fields.  Multiple header
     * field rows with these names MAY be present in a message, but since their grammar does not follow the general
     * form listed in Section 7.3, they MUST NOT be combined into a single header field row."
     */
    static <T> HeaderType<T> rowPerValue(HeaderName name, ElementReader<T> reader) {
        return new HeaderType<>(name, reader, String::valueOf, false, false, true);
    }

    public HeaderName name() {
        return name;
    }

    /** True if the field is a comma-separated list and may appear in several rows. */
    public boolean isList() {
        return list;
    }

    /** True if the field may appear in several rows: a list, or one of the §7.3.1 exceptions (one value per row). */
    public boolean isRepeatable() {
        return list || rowPerValue;
    }

    /** True for the §7.3.1 exceptions: several values are written as several rows, never joined into one. */
    public boolean isRowPerValue() {
        return rowPerValue;
    }

    /** Parses one field value: exactly one element, or for a list type every element. */
    public List<T> parseField(String value) {
        return parseField(value, 0, value.length());
    }

    /**
     * As {@link #parseField(String)} for the value {@code s[from, to)}, read in place (the text of a message head holds
     * all its values); errors give positions in the value, as {@link #parseField(String)} would.
     */
    List<T> parseField(String s, int from, int to) {
        return parseField(new SipReader(s, from, to), from, to);
    }

    /** As {@link #parseField(String, int, int)} with a reader at {@code from} that ends at {@code to}. */
    List<T> parseField(SipReader r, int from, int to) {
        if (!list) {
            T one = parseOne(r, from, to);
            return one == null ? Elements.empty() : Elements.of(one);
        }
        try {
            r.sws();
            if (r.atEnd()) {
                if (emptyAllowed) {
                    return Elements.empty();
                }
                throw r.error("empty value");
            }
            T first = reader.read(r);
            if (!r.comma()) {
                r.expectEnd();
                return Elements.of(first); // most rows hold one element
            }
            Elements.Builder out = new Elements.Builder();
            out.add(first);
            do {
                out.add(reader.read(r));
            } while (r.comma());
            r.expectEnd();
            return out.build();
        } catch (SipParseException e) {
            throw inValue(e, r, from, to);
        }
    }

    /** For a single (not list) type: the one element of the value, or null when it is empty and may be. */
    /**
     * As {@link #parseField(SipReader, int, int)}, appending the elements to {@code out} instead of returning a list:
     * the elements of a header in several rows are collected in one list, without a list per row.
     */
    void parseFieldInto(SipReader r, int from, int to, Elements.Builder out) {
        if (!list) {
            T one = parseOne(r, from, to);
            if (one != null) {
                out.add(one);
            }
            return;
        }
        try {
            r.sws();
            if (r.atEnd()) {
                if (emptyAllowed) {
                    return;
                }
                throw r.error("empty value");
            }
            do {
                out.add(reader.read(r));
            } while (r.comma());
            r.expectEnd();
        } catch (SipParseException e) {
            throw inValue(e, r, from, to);
        }
    }

    T parseOne(String value) {
        return parseOne(value, 0, value.length());
    }

    T parseOne(String s, int from, int to) {
        return parseOne(new SipReader(s, from, to), from, to);
    }

    /** As {@link #parseOne(String, int, int)} with a reader at {@code from} that ends at {@code to}. */
    T parseOne(SipReader r, int from, int to) {
        try {
            r.sws();
            if (r.atEnd()) {
                if (emptyAllowed) {
                    return null;
                }
                throw r.error("empty value");
            }
            T one = reader.read(r);
            r.expectEnd();
            return one;
        } catch (SipParseException e) {
            throw inValue(e, r, from, to);
        }
    }

    /**
     * The error of a value read in place, named after the header, its position made relative to the value (an error
     * about another text, such as a part the element parser copied out, keeps its own position).
     */
    private SipParseException inValue(SipParseException e, SipReader r, int from, int to) {
        int at = r.isInput(e.input()) ? e.position() - from : e.position();
        return new SipParseException(name.name() + ": " + e.reason(), at, r.slice(from, to));
    }

    /** Parses a value that must hold exactly one element. */
    public T parse(String value) {
        List<T> all = parseField(value);
        if (all.size() != 1) {
            throw new SipParseException(name.name() + ": expected one value, found " + all.size(), 0, value);
        }
        return all.get(0);
    }

    /** The field value that writes {@code element}. */
    public String format(T element) {
        return writer.apply(element);
    }

    /** The field value that writes all {@code elements} as one comma-separated row. */
    public String format(List<T> elements) {
        StringBuilder b = new StringBuilder();
        for (T e : elements) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(writer.apply(e));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return name.name();
    }
}
