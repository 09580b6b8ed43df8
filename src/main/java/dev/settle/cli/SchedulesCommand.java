package dev.settle.cli;

import dev.settle.scheduling.ScheduleFireLog;
import dev.settle.scheduling.ScheduleOverview;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code settle schedules}: the schedule files, checked as a server start would, with their next fire times. */
@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = {"List the schedules of settle.schedules.dir (default ./jobs): job, cron, zone, enabled, "
                + "misfire policy, next fire times, whether the cluster's scheduler holds them, and the last fire.",
                "Every file is checked as 'settle server' checks it at start-up.",
                "Exit codes: 0 listed, 1 no schedule folder or a file is invalid (the message names file and field), "
                        + "2 bad usage."})
class SchedulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--next", paramLabel = "N", description = "How many next fire times to show (default ${DEFAULT-VALUE})")
    int next = 3;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (next < 1 || next > 100) {
            throw new ParameterException(spec.commandLine(), "--next must be 1 to 100, got " + next);
        }
        List<ScheduleOverview.Entry> entries;
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            entries = context.getBean(ScheduleOverview.class).list(next);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CliOutput.json(out, entries);
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ScheduleOverview.Entry entry : entries) {
            rows.add(List.of(entry.name(), entry.job(), entry.cron(), entry.zone(), entry.enabled() ? "yes" : "no",
                    entry.misfire(), entry.parameters().entrySet().stream().map(p -> p.getKey() + "=" + p.getValue())
                            .sorted().collect(Collectors.joining(" ")),
                    entry.next().stream().map(time -> time.atZone(ZoneId.of(entry.zone())).toOffsetDateTime().toString()).collect(Collectors.joining(" ")), entry.stored(),
                    entry.lastFire() == null ? "" : entry.lastFire().fireTime() + " " + outcome(entry.lastFire())));
        }
        CliOutput.table(out, List.of("SCHEDULE", "JOB", "CRON", "ZONE", "ENABLED", "MISFIRE", "PARAMETERS", "NEXT",
                "STORED", "LAST FIRE"), rows);
        return ExitCodes.OK;
    }

    private static String outcome(ScheduleFireLog.Fire fire) {
        return fire.outcome() == null ? "(running on " + fire.node() + ")" : fire.outcome();
    }
}
