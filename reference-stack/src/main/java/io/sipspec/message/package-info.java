/** SIP messages (RFC 3261 §7, §19, §20): immutable requests and responses, URIs and typed header values. */
package io.sipspec.message;
