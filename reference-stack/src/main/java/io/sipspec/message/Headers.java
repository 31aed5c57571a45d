package io.sipspec.message;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The header fields of a message, immutable and in the order received (RFC 3261 §7.3.1: "the relative
 * order of header field rows with the same field name is important").
 *
 * <p>Rows read from the wire keep their values as bounds in the message bytes, and typed values are parsed from
 * those bytes in place (see {@link #reader}), so a message costs no {@link HeaderField} nor String per row until
 * someone asks for them.
 */
public final class Headers extends AbstractList<HeaderField> implements RandomAccess {

    /** The size of {@link #first}: one slot per known name (declared before {@link #EMPTY}, which uses it). */
    private static final int FIRST_SLOTS = HeaderName.known().size();

    static final Headers EMPTY = new Headers(new HeaderField[0], 0);

    private final int size;
    private final HeaderName[] names;
    /**
     * Row i's value when it is known as a String (built rows, unfolded or non-ASCII wire rows, or read before); null
     * until a wire row needs it.
     */
    private String[] values;
    /**
     * For wire rows: row i's value is {@code raw[bounds[2i], bounds[2i+1])}, US-ASCII, or when its folded lines are still
     * to be unfolded {@code raw[bounds[2i], ~bounds[2i+1])}; null for built headers.
     */
    private final byte[] raw;
    private final int[] bounds;
    /** The rows as {@link HeaderField}s, made on first use for wire rows. */
    private HeaderField[] fields;
    /**
     * Bit {@link HeaderName#index()} set for each known header present, and for each present in more than one row: an
     * absent or single header is answered without a scan of the rows.
     */
    private final long present;
    private final long repeated;
    /**
     * Per known name ({@link HeaderName#index()}), 1 + the index of its first row when that is below 255, else 0 (absent,
     * or found by a scan): the typed accessors, a dozen a message, look a header up without a scan of the rows.
     */
    private final byte[] first;

    Headers(HeaderField[] fields, int size) {
        this.size = size;
        this.fields = fields;
        this.names = new HeaderName[size];
        this.values = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = fields[i].name();
            values[i] = fields[i].value();
        }
        this.raw = null;
        this.bounds = null;
        this.present = present(names, size);
        this.repeated = repeated(names, size);
        this.first = first(names, size);
    }

    private Headers(byte[] raw, HeaderName[] names, int[] bounds, String[] values, int size) {
        this.size = size;
        this.names = names;
        this.values = values;
        this.raw = raw;
        this.bounds = bounds;
        byte[] f = new byte[FIRST_SLOTS];
        long p = 0;
        long r = 0;
        for (int i = 0; i < size; i++) {
            HeaderName name = names[i];
            long bit = bit(name);
            if ((p & bit) == 0 && bit != 0 && i < 255) {
                f[name.index()] = (byte) (i + 1);
            }
            r |= p & bit;
            p |= bit;
        }
        this.present = p;
        this.repeated = r;
        this.first = f;
    }

    private static byte[] first(HeaderName[] names, int size) {
        byte[] f = new byte[FIRST_SLOTS];
        long p = 0;
        for (int i = 0; i < size && i < 255; i++) {
            long bit = bit(names[i]);
            if ((p & bit) == 0 && bit != 0) {
                f[names[i].index()] = (byte) (i + 1);
            }
            p |= bit;
        }
        return f;
    }

    private static long present(HeaderName[] names, int size) {
        long p = 0;
        for (int i = 0; i < size; i++) {
            p |= bit(names[i]);
        }
        return p;
    }

    private static long repeated(HeaderName[] names, int size) {
        long p = 0;
        long r = 0;
        for (int i = 0; i < size; i++) {
            long bit = bit(names[i]);
            r |= p & bit;
            p |= bit;
        }
        return r;
    }

    /** The bit of a known name in {@link #present} and {@link #repeated} (there are fewer than 64), or 0. */
    private static long bit(HeaderName name) {
        return name.isKnown() ? 1L << name.index() : 0;
    }

    public static Headers of(List<HeaderField> fields) {
        HeaderField[] a = fields.toArray(new HeaderField[0]);
        return new Headers(a, a.length);
    }

    /**
     * For decoders: the first {@code size} rows of {@code names}, row i's value being {@code values[i]} when that is not
     * null (a value unfolded, or holding non-ASCII bytes; {@code values} itself may be null), else the US-ASCII bytes {@code raw[bounds[2i],
     * bounds[2i+1])}; an end bound given as {@code ~end} marks a value that continues on folded lines, printable US-ASCII
     * apart from its line breaks and their white space, which is unfolded when read. The arrays and {@code raw} are
     * handed over and must not change.
     */
    public static Headers fromWire(byte[] raw, HeaderName[] names, int[] bounds, String[] values, int size) {
        return new Headers(raw, names, bounds, values, size);
    }

    @Override
    public HeaderField get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        HeaderField[] f = fields;
        if (f == null) {
            fields = f = new HeaderField[size];
        }
        HeaderField h = f[index];
        if (h == null) {
            f[index] = h = new HeaderField(names[index], value(index));
        }
        return h;
    }

    @Override
    public int size() {
        return size;
    }

    /** The name of row {@code i}. */
    HeaderName name(int i) {
        return names[i];
    }

    /** The value of row {@code i}. */
    String value(int i) {
        String v = known(i);
        if (v == null) {
            int end = bounds[2 * i + 1];
            if (end < 0) {
                byte[] u = new byte[~end - bounds[2 * i]];
                v = SipReader.latin1(u, 0, unfold(raw, bounds[2 * i], ~end, u));
            } else {
                v = SipReader.latin1(raw, bounds[2 * i], end - bounds[2 * i]);
            }
            String[] a = values;
            if (a == null) {
                values = a = new String[size];
            }
            a[i] = v;
        }
        return v;
    }

    private String known(int i) {
        String[] a = values;
        return a == null ? null : a[i];
    }

    /**
     * A reader of row {@code i}'s value, from its position to its limit: typed values parse it in place, in the
     * message bytes (or, for a folded value, in its unfolded copy).
     */
    SipReader reader(int i) {
        String v = known(i);
        if (v != null) {
            return new SipReader(v, 0, v.length());
        }
        int from = bounds[2 * i];
        int end = bounds[2 * i + 1];
        if (end < 0) {
            byte[] u = new byte[~end - from];
            return new SipReader(u, 0, unfold(raw, from, ~end, u));
        }
        return new SipReader(raw, from, end);
    }

    /**
     * Unfolds the value {@code b[from, to)} into {@code out} (at least {@code to - from} long) and returns its length:
     * each line stripped of SP and HTAB, the non-empty ones joined by one SP. RFC 3261 §7.3.1: "The line break and the
     * whitespace at the beginning of the next line are treated as a single SP character."
     */
    private static int unfold(byte[] b, int from, int to, byte[] out) {
        int n = 0;
        int i = from;
        while (i < to) {
            int seg = SipReader.indexOf(b, '\n', i, to);
            if (seg < 0) {
                seg = to;
            }
            int pe = seg > i && b[seg - 1] == '\r' ? seg - 1 : seg;
            int ps = i;
            while (ps < pe && (b[ps] == ' ' || b[ps] == '\t')) {
                ps++;
            }
            while (pe > ps && (b[pe - 1] == ' ' || b[pe - 1] == '\t')) {
                pe--;
            }
            if (pe > ps) {
                if (n > 0) {
                    out[n++] = ' ';
                }
                System.arraycopy(b, ps, out, n, pe - ps);
                n += pe - ps;
            }
            i = seg + 1;
        }
        return n;
    }

    public boolean contains(HeaderName name) {
        return indexOf(name, 0) >= 0;
    }

    /** The index of the first field called {@code name} at or after {@code from}, or -1. */
    public int indexOf(HeaderName name, int from) {
        if (name.isKnown()) {
            if ((present & bit(name)) == 0) {
                return -1;
            }
            int f = first[name.index()] & 0xFF;
            if (f > from) {
                return f - 1; // from is at or before the first row of the name
            }
            // known names are canonical instances: compared by identity
            for (int i = from; i < size; i++) {
                if (names[i] == name) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i < size; i++) {
            if (name.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the next field called {@code name} after row {@code after}, which is at or after the first field of
     * that name; -1 if there is none.
     */
    int nextIndexOf(HeaderName name, int after) {
        if (name.isKnown() && (repeated & bit(name)) == 0) {
            return -1;
        }
        return indexOf(name, after + 1);
    }

    /** The value of the first field called {@code name}, or null. */
    public String value(HeaderName name) {
        int i = indexOf(name, 0);
        return i < 0 ? null : value(i);
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
            out.add(value(i));
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
        HeaderField[] out = new HeaderField[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }
}
