package dev.settle.webhook;

import dev.settle.scheduling.ScheduledJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code webhookDispatch} on a schedule ({@code jobs/webhook-dispatch.yml}): one dispatch run per fire, on one node
 * of the cluster; the claim's {@code SKIP LOCKED} and lease keep any other dispatcher off the same events.
 */
@Component
class WebhookScheduledJob implements ScheduledJob {

    /** The job name schedule files use. */
    static final String JOB = "webhookDispatch";

    private final WebhookDispatcher dispatcher;

    WebhookScheduledJob(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String job() {
        return JOB;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public String launch(Map<String, String> values) {
        WebhookDispatcher.DispatchResult result = dispatcher.dispatch();
        return "webhooks: " + result.delivered() + " delivered, " + result.retrying() + " to retry, " + result.dead()
                + " dead";
    }
}
