package dev.settle.settlement;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.CreateOrderRequest;
import dev.settle.order.OrderService;
import dev.settle.settlement.calendar.Target2Calendar;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh tenant with a credit scheme {@code SEPA-CT-EUR} on TARGET2 (lead time 1), one instrument, and a business
 * date ten days ahead, for the settlement tests.
 */
final class SettlementFixture {

    static final Target2Calendar TARGET2 = new Target2Calendar();

    final Caller caller;
    final UUID instrument;
    final LocalDate businessDate;
    private final OrderService orders;

    private SettlementFixture(Caller caller, UUID instrument, LocalDate businessDate, OrderService orders) {
        this.caller = caller;
        this.instrument = instrument;
        this.businessDate = businessDate;
        this.orders = orders;
    }

    static SettlementFixture create(TenantAdministration admin, JdbcClient jdbc, OrderService orders) {
        IssuedApiKey key = TestTenants.create(admin);
        TestFixtures.scheme(jdbc, key.tenantId(), "SEPA-CT-EUR", "CREDIT", "EUR");
        return new SettlementFixture(new Caller(key.accountId(), key.tenantId(), key.publicKey(),
                Set.of(Caller.ROLE_ADMIN)), TestFixtures.instrument(jdbc, key.tenantId(), "C-1", true, false),
                TARGET2.onOrAfter(LocalDate.now(ZoneOffset.UTC).plusDays(10)), orders);
    }

    /** A settledByDate that is due on the business date (one business day later). */
    LocalDate due() {
        return TARGET2.plusBusinessDays(businessDate, 1);
    }

    CreateInstructionRequest instruction(String ref, LocalDate settledBy, String schemeId, String amount,
            boolean withInstrument) {
        return new CreateInstructionRequest(ref, "C-1", "CREDIT", withInstrument ? instrument.toString() : null, amount,
                "EUR", "DE", settledBy.toString(), schemeId, Map.of());
    }

    /** An order of {@code count} due payouts of 10.00 on SEPA-CT-EUR. */
    void dueOrder(String orderRef, int count) {
        order(orderRef, IntStream.range(0, count)
                .mapToObj(i -> instruction(orderRef + "-" + i, due(), "SEPA-CT-EUR", "10.00", true)).toList());
    }

    void order(String orderRef, List<CreateInstructionRequest> instructions) {
        orders.create(caller, new CreateOrderRequest(orderRef, instructions, Map.of(), Map.of()));
    }
}
