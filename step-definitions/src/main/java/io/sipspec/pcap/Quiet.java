package io.sipspec.pcap;

/** The commands print their own output: Pcap4J's informational log lines (slf4j-simple) are turned down. */
final class Quiet {

    private Quiet() {
    }

    static void libraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }
}
