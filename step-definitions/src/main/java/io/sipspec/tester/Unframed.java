package io.sipspec.tester;

import java.net.InetSocketAddress;

/**
 * Bytes a TCP connection delivered after its last complete message that do not (yet) make one: a message still
 * arriving, garbage without an empty line, or anything after a malformed message (which ends §18.3 framing). Kept
 * so that a failure can show what a garbage-sending device sent instead of "nothing at all".
 *
 * @param nanos  when the latest of them arrived
 * @param remote the sender
 * @param count  how many bytes
 * @param head   the first of them (at most {@link StreamFraming#KEPT} bytes)
 */
record Unframed(long nanos, InetSocketAddress remote, long count, byte[] head) {
}
