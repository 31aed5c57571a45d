/**
 * User agent and proxy core behaviour independent of dialogs (RFC 3261 §8.2, §16.3): how an element inspects a
 * request it received and which response, if any, it rejects it with.
 */
package io.sipspec.ua;
