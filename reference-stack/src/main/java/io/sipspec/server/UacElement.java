package io.sipspec.server;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerName;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import io.sipspec.ua.CallFailedException;
import io.sipspec.ua.OutgoingCall;
import io.sipspec.ua.UserAgent;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAC role: a {@link UserAgent} that places {@code calls} calls to {@code target} one after the other, holds each
 * for {@code hold}, then hangs up (BYE, §15.1), and logs each outcome and a summary line. It answers incoming
 * requests like the UAS role.
 */
final class UacElement implements TransactionUser {

    private static final Logger LOG = LoggerFactory.getLogger(UacElement.class);

    private final UserAgent ua;
    private final ServerConfig config;
    private int placed;
    private int established;
    private int failed;

    UacElement(SipStack stack, ServerConfig config) {
        if (config.target() == null) {
            throw new ConfigException(ConfigKey.TARGET, "the uac role needs a target URI (--target=sip:user@host:port)");
        }
        this.ua = new UserAgent(stack, UaElements.uaConfig(config));
        this.config = config;
        stack.executor().execute(this::next);
    }

    private void next() {
        if (placed == config.calls()) {
            LOG.info("uac finished: {} calls placed, {} established, {} failed", placed, established, failed);
            return;
        }
        placed++;
        OutgoingCall call = ua.uac().call(config.target());
        call.established().whenComplete((dialog, error) -> ua.stack().executor().execute(() -> {
            if (error != null) {
                failed++;
                LOG.info("call {} failed: {}", placed, cause(error));
                next();
                return;
            }
            established++;
            LOG.info("call {} established: {}", placed, dialog.id());
            ua.stack().scheduler().schedule(TimerName.F, config.hold().toMillis(), () -> {
                call.hangup();
                call.ended().whenComplete((bye, e) -> ua.stack().executor().execute(() -> {
                    LOG.info("call {} ended: {}", placed, e == null ? bye.statusCode() + " " + bye.reasonPhrase() : cause(e));
                    next();
                }));
            });
        }));
    }

    private static String cause(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return c instanceof CallFailedException f ? f.getMessage() : c.toString();
    }

    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        ua.requestReceived(transaction, request);
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        ua.ackReceived(ack, flow);
    }

    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        ua.strayResponse(response, flow);
    }
}
