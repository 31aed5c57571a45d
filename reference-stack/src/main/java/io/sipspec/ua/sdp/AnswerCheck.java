package io.sipspec.ua.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an answer against the offer it answers (RFC 3264 §6, §6.1, §8.2), as an offerer does before it uses the
 * answer. Each rule broken is one problem, in words.
 */
public final class AnswerCheck {

    private AnswerCheck() {
    }

    /** The rules {@code answer} breaks; empty if it is a valid answer to {@code offer}. */
    public static List<String> problems(SessionDescription offer, SessionDescription answer) {
        List<String> problems = new ArrayList<>();
        // §6: "The answer MUST contain exactly the same number of "m=" lines as the offer."
        if (offer.media().size() != answer.media().size()) {
            problems.add("the answer has " + answer.media().size() + " m= lines, the offer " + offer.media().size());
            return problems;
        }
        // "The "t=" line in the answer MUST equal that of the offer."
        if (!offer.times().equals(answer.times())) {
            problems.add("t= differs: offer " + offer.times() + ", answer " + answer.times());
        }
        for (int i = 0; i < offer.media().size(); i++) {
            stream(offer, answer, i, problems);
        }
        return problems;
    }

    private static void stream(SessionDescription offer, SessionDescription answer, int i, List<String> problems) {
        MediaDescription o = offer.media().get(i);
        MediaDescription a = answer.media().get(i);
        String where = "m= line " + (i + 1) + ": ";
        // §6.1: "The media type of the stream in the answer MUST match that of the offer."
        if (!o.media().equals(a.media())) {
            problems.add(where + "media type " + a.media() + " answers " + o.media());
        }
        if (a.port() == 0) {
            return;
        }
        // §8.2: "A stream that is offered with a port of zero MUST be marked with port zero in the answer."
        if (o.port() == 0) {
            problems.add(where + "a stream offered with port 0 is accepted");
            return;
        }
        // §6.1: "If a stream is offered with a unicast address, the answer for that stream MUST contain a unicast
        // address." "This address and port MUST be present even for sendonly streams"
        Connection oc = offer.connection(i);
        Connection ac = answer.connection(i);
        if (ac == null) {
            problems.add(where + "no connection address");
        } else if (oc != null && !oc.isMulticast() && ac.isMulticast()) {
            problems.add(where + "a unicast stream answered with multicast address " + ac.address());
        }
        Direction od = offer.direction(i);
        Direction ad = answer.direction(i);
        if (!od.allowedAnswers().contains(ad)) {
            problems.add(where + ad.attributeName() + " answers " + od.attributeName());
        }
        // "the "m=" line MUST contain at least one media format the answerer is willing to receive with from amongst
        // those listed in the offer" (and likewise to send, or both, for sendonly and sendrecv answers).
        if (!sharesAFormat(o, a)) {
            problems.add(where + "no format of the offer " + o.formats() + " in the answer " + a.formats());
        }
        // "the answer MUST contain rtpmap attributes to define the payload type mappings for dynamic payload types"
        if (a.isRtp()) {
            for (String fmt : a.formats()) {
                if (isDynamic(fmt) && a.rtpMap(fmt) == null) {
                    problems.add(where + "no rtpmap for dynamic payload type " + fmt);
                }
            }
        }
    }

    private static boolean sharesAFormat(MediaDescription offered, MediaDescription answered) {
        for (String af : answered.formats()) {
            RtpMap am = answered.rtpMap(af);
            for (String of : offered.formats()) {
                RtpMap om = offered.rtpMap(of);
                if (am != null && om != null ? am.sameFormat(om) : af.equals(of)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDynamic(String fmt) {
        return fmt.length() <= 3 && fmt.chars().allMatch(Character::isDigit) && StaticPayloadTypes.isDynamic(Integer.parseInt(fmt));
    }
}
