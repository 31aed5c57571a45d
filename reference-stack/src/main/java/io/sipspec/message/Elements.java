package io.sipspec.message;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The parsed elements of a header, as the typed accessors return them: an immutable list, one class for every size
 * (none, one, several; one row or several), so that a loop over the Via, Route or Contact values of any message calls
 * the same {@code iterator}, {@code hasNext} and {@code next}, which the JIT can inline (a different {@code List} class
 * per case made those calls megamorphic).
 *
 * @param <T> the type of one element
 */
final class Elements<T> extends AbstractList<T> implements RandomAccess {

    private static final Elements<Object> EMPTY = new Elements<>(new Object[0], 0);

    /** The elements in the first {@link #size} slots; never written after construction. */
    private final Object[] a;
    private final int size;

    private Elements(Object[] a, int size) {
        this.a = a;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <T> Elements<T> empty() {
        return (Elements<T>) EMPTY;
    }

    static <T> Elements<T> of(T one) {
        return new Elements<>(new Object[] {one}, 1);
    }

    @SuppressWarnings("unchecked")
    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return (T) a[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iter();
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(a, size);
    }

    private final class Iter implements Iterator<T> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @SuppressWarnings("unchecked")
        @Override
        public T next() {
            int i = next;
            if (i >= size) {
                throw new NoSuchElementException();
            }
            next = i + 1;
            return (T) a[i];
        }
    }

    /** Collects elements for one {@link Elements}; not shared, used by the thread that parses. */
    static final class Builder {
        private Object[] a = new Object[4];
        private int size;

        void add(Object e) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = e;
        }

        int size() {
            return size;
        }

        /** The list of the elements added; the builder must not be used afterwards. */
        <T> Elements<T> build() {
            return size == 0 ? empty() : new Elements<>(a, size);
        }
    }
}
