package io.sipspec.ua.sdp;

import java.util.List;
import java.util.Locale;

/**
 * The direction attributes of RFC 4566 §6: sendrecv, sendonly, recvonly, inactive. "If none of the attributes
 * "sendonly", "recvonly", "inactive", and "sendrecv" is present, "sendrecv" SHOULD be assumed as the default for
 * sessions that are not of the conference type "broadcast" or "H332"".
 */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The attribute name, e.g. {@code sendonly}. */
    public String attributeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Attribute attribute() {
        return Attribute.property(attributeName());
    }

    /**
     * The direction an answerer mirrors this offered one with (RFC 3264 §6.1): "If a stream is offered as sendonly,
     * the corresponding stream MUST be marked as recvonly or inactive in the answer.  If a media stream is listed as
     * recvonly in the offer, the answer MUST be marked as sendonly or inactive in the answer.  If an offered media
     * stream is listed as sendrecv ... the corresponding stream in the answer MAY be marked as sendonly, recvonly,
     * sendrecv, or inactive.  If an offered media stream is listed as inactive, it MUST be marked as inactive in the
     * answer." The mirror keeps as much as allowed: sendonly and recvonly swap, the others stay.
     */
    public Direction mirror() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** The directions RFC 3264 §6.1 allows in an answer to a stream offered with this one. */
    public List<Direction> allowedAnswers() {
        return switch (this) {
            case SENDONLY -> List.of(RECVONLY, INACTIVE);
            case RECVONLY -> List.of(SENDONLY, INACTIVE);
            case SENDRECV -> List.of(SENDRECV, SENDONLY, RECVONLY, INACTIVE);
            case INACTIVE -> List.of(INACTIVE);
        };
    }

    /** The direction an attribute names, or null if it is not a direction attribute. */
    public static Direction of(Attribute a) {
        if (a.value() != null) {
            return null;
        }
        for (Direction d : values()) {
            if (d.attributeName().equals(a.name())) {
                return d;
            }
        }
        return null;
    }

    /** The direction the last direction attribute of the list gives, or null if none does. */
    static Direction in(List<Attribute> attributes) {
        Direction found = null;
        for (Attribute a : attributes) {
            Direction d = of(a);
            if (d != null) {
                found = d;
            }
        }
        return found;
    }
}
