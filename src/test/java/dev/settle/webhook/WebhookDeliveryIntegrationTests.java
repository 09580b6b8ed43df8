package dev.settle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.CreateOrderRequest;
import dev.settle.order.InstructionService;
import dev.settle.order.OrderService;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Delivery to a real HTTP receiver on loopback, with a clock the test moves and no jitter. */
@PostgresIntegrationTest
class WebhookDeliveryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TenantAdministration admin;
    @Autowired
    OrderService orders;
    @Autowired
    InstructionService instructions;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookEvents events;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    WebhookPayloads payloads;
    @Autowired
    WebhookMetrics metrics;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    final MutableClock clock = new MutableClock(Instant.now());
    Caller caller;
    UUID instrument;

    @BeforeEach
    void tenant() {
        caller = TestTenants.administrator(admin);
        TestFixtures.scheme(jdbc, caller.tenantId(), "SANDBOX-EUR", "CREDIT,DEBIT", "EUR");
        instrument = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, true);
    }

    @Test
    void signedEventsCarryTheMetadataExactlyAsStored() throws Exception {
        try (Receiver receiver = new Receiver(clock, () -> 200)) {
            String secret = endpoints.create(caller.tenantId(), receiver.url(), List.of("ALL"), null).secret();
            Map<String, String> orderMetadata = new LinkedHashMap<>();
            orderMetadata.put("zeta", "1");
            orderMetadata.put("alpha", "two words, \"quoted\" é");
            orders.create(caller, new CreateOrderRequest("O-1", List.of(instruction("I-1", Map.of("invoice", "42"))),
                    orderMetadata, Map.of()));

            dispatcher(Duration.ofSeconds(5), Duration.ofHours(24)).dispatch();

            assertThat(receiver.requests).hasSize(2);
            for (Receiver.Request request : receiver.requests) {
                assertThat(ReceiverSignatureCheck.verify(secret, request.timestamp(), request.body(),
                        request.signature())).isTrue();
                assertThat(ReceiverSignatureCheck.verify(secret + "x", request.timestamp(), request.body(),
                        request.signature())).isFalse();
                assertThat(JSON.readTree(request.body()).get("eventId").asString()).isEqualTo(request.eventId());
            }
            JsonNode orderCreated = JSON.readTree(receiver.requests.get(0).body());
            JsonNode instructionCreated = JSON.readTree(receiver.requests.get(1).body());
            assertThat(orderCreated.get("type").asString()).isEqualTo("ORDER_CREATED");
            assertThat(orderCreated.get("tenantId").asString()).isEqualTo(caller.tenantId().toString());
            assertThat(instructionCreated.get("type").asString()).isEqualTo("INSTRUCTION_CREATED");
            assertThat(instructionCreated.get("change").get("status").asString()).isEqualTo("READY");
            assertThat(instructionCreated.get("instruction").get("amount").asString()).isEqualTo("10.00");
            String storedOrder = jdbc.sql("SELECT metadata FROM orders WHERE tenant_id = ? AND order_ref = 'O-1'")
                    .param(caller.tenantId()).query(String.class).single();
            String storedInstruction = jdbc.sql("SELECT metadata FROM instruction WHERE tenant_id = ?")
                    .param(caller.tenantId()).query(String.class).single();
            assertThat(JSON.writeValueAsString(orderCreated.get("order").get("metadata"))).isEqualTo(storedOrder);
            assertThat(JSON.writeValueAsString(instructionCreated.get("order").get("metadata"))).isEqualTo(storedOrder);
            assertThat(JSON.writeValueAsString(instructionCreated.get("instruction").get("metadata")))
                    .isEqualTo(storedInstruction);
            assertThat(storedOrder).isEqualTo("{\"zeta\":\"1\",\"alpha\":\"two words, \\\"quoted\\\" é\"}");
            assertThat(deliveryStatuses()).containsOnly("DELIVERED");
        }
    }

    @Test
    void failedAttemptsAreRetriedWithGrowingDelaysUntilDelivered() {
        AtomicInteger calls = new AtomicInteger();
        try (Receiver receiver = new Receiver(clock, () -> calls.incrementAndGet() <= 2 ? 500 : 200)) {
            endpoints.create(caller.tenantId(), receiver.url(), List.of("ORDER_CREATED"), null);
            orders.create(caller, new CreateOrderRequest("O-2", List.of(), Map.of(), Map.of()));
            WebhookDispatcher dispatcher = dispatcher(Duration.ofSeconds(5), Duration.ofHours(24));

            for (int second = 0; second <= 40; second += 5) {
                dispatcher.dispatch();
                clock.advance(Duration.ofSeconds(5));
            }

            assertThat(receiver.requests).hasSize(3).extracting(Receiver.Request::eventId).containsOnly(
                    receiver.requests.get(0).eventId());
            Duration first = Duration.between(receiver.requests.get(0).at(), receiver.requests.get(1).at());
            Duration second = Duration.between(receiver.requests.get(1).at(), receiver.requests.get(2).at());
            assertThat(first).isEqualTo(Duration.ofSeconds(10));
            assertThat(second).isEqualTo(Duration.ofSeconds(20));
            assertThat(deliveryStatuses()).containsExactly("DELIVERED");
            assertThat(jdbc.sql("SELECT attempts FROM webhook_event WHERE tenant_id = ?").param(caller.tenantId())
                    .query(Integer.class).single()).isEqualTo(3);
        }
    }

    @Test
    void aReceiverThatNeverAnswersInTimeEndsDeadAndCanBeRedelivered() {
        AtomicInteger answer = new AtomicInteger(-2000);
        try (Receiver receiver = new Receiver(clock, answer::get)) {
            endpoints.create(caller.tenantId(), receiver.url(), List.of("ORDER_CREATED"), null);
            orders.create(caller, new CreateOrderRequest("O-3", List.of(), Map.of(), Map.of()));
            WebhookDispatcher dispatcher = dispatcher(Duration.ofMillis(300), Duration.ofSeconds(25));

            dispatcher.dispatch();
            clock.advance(Duration.ofSeconds(10));
            dispatcher.dispatch();
            clock.advance(Duration.ofSeconds(30));
            dispatcher.dispatch();

            assertThat(receiver.requests).hasSize(2);
            assertThat(deliveryStatuses()).containsExactly("DEAD");
            assertThat(events.list(DeliveryStatus.DEAD, caller.tenantId(), 10)).singleElement()
                    .satisfies(e -> assertThat(e.lastResult()).contains("timed out"));

            answer.set(200);
            events.redeliver(Long.parseLong(receiver.requests.get(0).eventId()));
            assertThat(deliveryStatuses()).containsExactly("PENDING");
            dispatcher.dispatch();

            assertThat(receiver.requests).hasSize(3);
            assertThat(deliveryStatuses()).containsExactly("DELIVERED");
        }
    }

    @Test
    void aLaterEventForTheSameInstructionWaitsForTheEarlierOne() {
        AtomicInteger calls = new AtomicInteger();
        try (Receiver receiver = new Receiver(clock, () -> calls.incrementAndGet() == 1 ? 503 : 200)) {
            endpoints.create(caller.tenantId(), receiver.url(), List.of("INSTRUCTION_CREATED",
                    "INSTRUCTION_STATUS_CHANGED"), null);
            orders.create(caller, new CreateOrderRequest("O-4", List.of(instruction("I-4", Map.of())), Map.of(),
                    Map.of()));
            instructions.cancel(caller, "O-4", "I-4", "customer asked");
            WebhookDispatcher dispatcher = dispatcher(Duration.ofSeconds(5), Duration.ofHours(24));

            dispatcher.dispatch();
            assertThat(receiver.requests).hasSize(1);
            // Past the retry time: the databases round the stored time to microseconds, the clock has nanoseconds.
            clock.advance(Duration.ofSeconds(11));
            dispatcher.dispatch();
            dispatcher.dispatch();

            assertThat(receiver.requests).extracting(r -> JSON.readTree(r.body()).get("type").asString())
                    .containsExactly("INSTRUCTION_CREATED", "INSTRUCTION_CREATED", "INSTRUCTION_STATUS_CHANGED");
            JsonNode cancelled = JSON.readTree(receiver.requests.get(2).body()).get("change");
            assertThat(cancelled.get("previousStatus").asString()).isEqualTo("READY");
            assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        }
    }

    @Test
    void aRolledBackChangeEmitsNothing() {
        endpoints.create(caller.tenantId(), "http://127.0.0.1:9/hooks", List.of("ALL"), null);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> {
            orders.create(caller, new CreateOrderRequest("O-ROLLED-BACK", List.of(instruction("I-5", Map.of())),
                    Map.of(), Map.of()));
            status.setRollbackOnly();
        });
        assertThat(deliveryStatuses()).isEmpty();
        transaction.executeWithoutResult(status -> orders.create(caller, new CreateOrderRequest("O-COMMITTED",
                List.of(instruction("I-6", Map.of())), Map.of(), Map.of())));

        assertThat(deliveryStatuses()).hasSize(2);
    }

    @Test
    void twoDispatchersNeverSendOneEventTwice() throws Exception {
        try (Receiver receiver = new Receiver(clock, () -> -20)) {
            endpoints.create(caller.tenantId(), receiver.url(), List.of("ORDER_CREATED"), null);
            for (int i = 0; i < 40; i++) {
                orders.create(caller, new CreateOrderRequest("O-" + i, List.of(), Map.of(), Map.of()));
            }
            List<WebhookDispatcher> dispatchers = List.of(dispatcher(Duration.ofSeconds(5), Duration.ofHours(1), 4),
                    dispatcher(Duration.ofSeconds(5), Duration.ofHours(1), 4));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<Integer>> sent = new ArrayList<>();
            for (WebhookDispatcher dispatcher : dispatchers) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return dispatcher.dispatch().attempted();
                }));
            }
            start.countDown();
            int total = sent.get(0).get() + sent.get(1).get();
            threads.shutdown();

            Map<String, Long> perEvent = receiver.requests.stream()
                    .collect(Collectors.groupingBy(Receiver.Request::eventId, Collectors.counting()));
            assertThat(perEvent).hasSize(40);
            assertThat(perEvent.values()).containsOnly(1L);
            assertThat(total).isGreaterThanOrEqualTo(40);
            assertThat(deliveryStatuses()).hasSize(40).containsOnly("DELIVERED");
        }
    }

    private List<String> deliveryStatuses() {
        return jdbc.sql("SELECT delivery_status FROM webhook_event WHERE tenant_id = ? ORDER BY id")
                .param(caller.tenantId()).query(String.class).list();
    }

    private CreateInstructionRequest instruction(String ref, Map<String, String> metadata) {
        return new CreateInstructionRequest(ref, "C-1", "CREDIT", instrument.toString(), "10.00", "EUR", "DE",
                TestFixtures.future(20), "SANDBOX-EUR", metadata);
    }

    private WebhookDispatcher dispatcher(Duration requestTimeout, Duration horizon) {
        return dispatcher(requestTimeout, horizon, 20);
    }

    // Created once the test's events exist: its clock starts then, so they are due. Whole milliseconds: a stored
    // time is rounded to the database's precision, and a retry time rounded up past the clock's would wait a cycle.
    private WebhookDispatcher dispatcher(Duration requestTimeout, Duration horizon, int batchSize) {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        WebhookProperties properties = new WebhookProperties(batchSize, Duration.ofSeconds(2), requestTimeout,
                Duration.ofSeconds(10), Duration.ofHours(1), 0.5, horizon, Duration.ofMinutes(1), Duration.ofSeconds(30));
        return new WebhookDispatcher(deliveries, payloads, endpoints,
                new WebhookSender(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), requestTimeout),
                new RetrySchedule(properties, () -> 0.0), metrics, properties, new TransactionTemplate(transactionManager),
                clock);
    }

}
