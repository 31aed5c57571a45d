package io.sipspec.proxy;

import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import java.util.List;

/**
 * The outcome of RFC 3261 §16.5: the target set, in the order to try it (highest q first), or the status to answer
 * with when there is none.
 *
 * @param uris   the targets, never the same URI twice; empty when {@code status} is set
 * @param status 0, or the final status to answer the request with (404, 480)
 */
public record Targets(List<Uri> uris, int status) {

    public Targets {
        uris = List.copyOf(uris);
    }

    static Targets of(List<Uri> uris) {
        return uris.isEmpty() ? refused(480) : new Targets(uris, 0);
    }

    static Targets only(Uri uri) {
        return new Targets(List.of(uri), 0);
    }

    static Targets refused(int status) {
        return new Targets(List.of(), status);
    }

    public boolean isEmpty() {
        return uris.isEmpty();
    }

    /** True if the request is addressed to the proxy itself (a resource at the proxy: §16.5's 404 case). */
    static boolean namesProxyItself(Uri uri) {
        return uri instanceof SipUri s && s.user() == null;
    }
}
