package dev.settle.cli;

import dev.settle.order.InstructionListing;
import dev.settle.order.InstructionStatus;
import dev.settle.tenancy.TenantAdministration;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code settle instructions [--tenant T] [--status S] [--scheme ID] [--date D] [--order REF] [--limit N]}. */
@Command(name = "instructions", mixinStandardHelpOptions = true,
        description = {"List instructions of every tenant, or of one, oldest first. The instrument's holder is shown "
                + "as initials and its account masked (DE89********3000).",
                "Exit codes: 0 listed (also when none match), 1 unknown tenant, 2 bad option."})
class InstructionsCommand implements Callable<Integer> {

    private static final List<String> HEADERS = List.of("ID", "TENANT", "ORDER", "INSTRUCTION", "CUSTOMER",
            "DIRECTION", "AMOUNT", "SETTLED BY", "SCHEME", "STATUS", "HOLDER", "ACCOUNT");

    @Spec
    CommandSpec spec;

    @Option(names = "--tenant", paramLabel = "T", description = "Only this tenant (id or unique name)")
    String tenant;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}")
    InstructionStatus status;

    @Option(names = "--scheme", paramLabel = "ID", description = "Only this scheme id")
    String schemeId;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "Only those to be settled by this date")
    LocalDate settledByDate;

    @Option(names = "--order", paramLabel = "REF", description = "Only this order ref")
    String orderRef;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            UUID tenantId = tenant == null ? null : context.getBean(TenantAdministration.class).resolveTenant(tenant)
                    .id();
            List<InstructionListing.Listed> listed = context.getBean(InstructionListing.class).find(tenantId, status,
                    schemeId, settledByDate, orderRef, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliOutput.json(out, listed);
            } else {
                CliOutput.table(out, HEADERS, listed.stream().map(i -> List.of(String.valueOf(i.id()), i.tenant(),
                        i.orderRef(), i.instructionRef(), i.customerRef(), i.direction(),
                        i.amount().toPlainString() + " " + i.currency(), String.valueOf(i.settledByDate()),
                        String.valueOf(i.schemeId()), i.status(), String.valueOf(i.holder()),
                        String.valueOf(i.account()))).toList());
            }
            return ExitCodes.OK;
        }
    }
}
