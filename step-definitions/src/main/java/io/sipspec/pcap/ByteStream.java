package io.sipspec.pcap;

/** What one direction of a reassembled TCP stream is fed to. */
interface ByteStream {

    /** The stream's next bytes, in order. */
    void feed(byte[] bytes, int offset, int length);

    /** Bytes of the stream are missing here (a lost segment). */
    void gap();

    /** The capture ended. */
    void finish();
}
