/**
 * The reference proxy of RFC 3261 §16: a stateful proxy ({@link io.sipspec.proxy.StatefulProxy}, §16.2 to §16.10) on the
 * transaction layer, and a stateless one ({@link io.sipspec.proxy.StatelessProxy}, §16.11) in front of it. The steps
 * of §16 are small pure classes: {@link io.sipspec.proxy.RequestValidation} (§16.3),
 * {@link io.sipspec.proxy.RoutePreprocessing} (§16.4), {@link io.sipspec.proxy.TargetDetermination} (§16.5),
 * {@link io.sipspec.proxy.RequestForwarding} (§16.6), {@link io.sipspec.proxy.BestResponse} (§16.7 steps 6 and 7),
 * {@link io.sipspec.proxy.RecordRouteRewriting} (§16.7 step 8), {@link io.sipspec.proxy.Branches} (§16.6 step 8 and
 * §16.11).
 */
package io.sipspec.proxy;
