package io.sipspec.message;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The header fields of a message, immutable and in the order received (RFC 3261 §7.3.1: "the relative
 * order of header field rows with the same field name is important").
 */
public final class Headers extends AbstractList<HeaderField> implements RandomAccess {

    static final Headers EMPTY = new Headers(new HeaderField[0], 0);

    private final HeaderField[] fields;
    private final int size;

    Headers(HeaderField[] fields, int size) {
        this.fields = fields;
        this.size = size;
    }

    public static Headers of(List<HeaderField> fields) {
        HeaderField[] a = fields.toArray(new HeaderField[0]);
        return new Headers(a, a.length);
    }

    @Override
    public HeaderField get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return fields[index];
    }

    @Override
    public int size() {
        return size;
    }

    public boolean contains(HeaderName name) {
        return indexOf(name, 0) >= 0;
    }

    /** The index of the first field called {@code name} at or after {@code from}, or -1. */
    public int indexOf(HeaderName name, int from) {
        for (int i = from; i < size; i++) {
            HeaderName n = fields[i].name();
            if (n == name || name.index() < 0 && name.equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the first field called {@code name}, or null. */
    public String value(HeaderName name) {
        int i = indexOf(name, 0);
        return i < 0 ? null : fields[i].value();
    }

    public String value(String name) {
        return value(HeaderName.of(name));
    }

    /** The values of every field called {@code name}, in order (not split at commas: see {@link HeaderValues}). */
    public List<String> values(HeaderName name) {
        List<String> out = null;
        for (int i = indexOf(name, 0); i >= 0; i = indexOf(name, i + 1)) {
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(fields[i].value());
        }
        return out == null ? List.of() : out;
    }

    /** How many fields are called {@code name}. */
    public int count(HeaderName name) {
        int n = 0;
        for (int i = indexOf(name, 0); i >= 0; i = indexOf(name, i + 1)) {
            n++;
        }
        return n;
    }

    HeaderField[] toArray0() {
        return Arrays.copyOf(fields, size);
    }
}
