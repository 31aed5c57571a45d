package io.sipspec.proxy;

/**
 * How a stateful proxy works through a target set of several URIs. RFC 3261 §16.6: "It MAY process multiple targets
 * serially, allowing each client transaction to complete before starting the next.  It MAY start client transactions
 * with every target in parallel." "Targets are processed from highest qvalue to lowest."
 */
public enum ForkingMode {
    /** Every target at once. */
    PARALLEL,
    /** One target at a time, highest q first; the next starts when the previous one has a final non-2xx, non-6xx. */
    SEQUENTIAL
}
