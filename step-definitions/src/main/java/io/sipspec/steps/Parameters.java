package io.sipspec.steps;

import io.sipspec.message.Address;
import io.sipspec.message.AuthValue;
import io.sipspec.message.InfoUri;
import io.sipspec.message.MediaType;
import io.sipspec.message.ParameterizedValue;
import io.sipspec.message.Via;

/** The parameters of a typed header value, whatever its type. */
final class Parameters {

    private Parameters() {
    }

    static io.sipspec.message.Parameters of(Object value) {
        if (value instanceof Address a) {
            return a.parameters();
        }
        if (value instanceof Via v) {
            return v.parameters();
        }
        if (value instanceof MediaType m) {
            return m.parameters();
        }
        if (value instanceof ParameterizedValue p) {
            return p.parameters();
        }
        if (value instanceof InfoUri i) {
            return i.parameters();
        }
        if (value instanceof AuthValue a) {
            return a.parameters();
        }
        if (value instanceof io.sipspec.message.Parameters p) {
            return p;
        }
        throw new AssertionError("a " + value.getClass().getSimpleName() + " value has no parameters");
    }
}
