package io.sipspec.pcap;

import io.sipspec.message.DialogId;
import java.util.List;

/**
 * The messages of one dialog in a capture (RFC 3261 §12), including the requests and responses without a To tag that
 * created it.
 *
 * @param id       the dialog as its UAC (the side that sent the first request) sees it; the remote tag is null when
 *                 no response ever carried one
 * @param messages its messages, in capture order
 */
public record CapturedDialog(DialogId id, List<CapturedMessage> messages) {

    public CapturedDialog {
        messages = List.copyOf(messages);
    }
}
