package dev.settle.scheduling;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the schedule files of a folder ({@code <name>.yml}, one trigger each) and checks every field, so a bad file
 * is refused with its name and field before anything is scheduled. {@code ${…}} placeholders in parameters are
 * resolved from the application's settings (e.g. {@code ${settle.data-dir}}).
 */
@Component
public class ScheduleFiles {

    private static final Set<String> FIELDS = Set.of("job", "cron", "zone", "parameters", "enabled", "misfire",
            "description");

    private final ScheduledJobs jobs;
    private final Environment environment;

    public ScheduleFiles(ScheduledJobs jobs, Environment environment) {
        this.jobs = jobs;
        this.environment = environment;
    }

    /** Every schedule of the folder, by file name; empty when the folder does not exist. */
    public List<Schedule> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Schedule> schedules = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                schedules.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the schedules in " + folder + ": " + e.getMessage(), e);
        }
        return schedules;
    }

    Schedule read(Path path) {
        String file = path.toString();
        String name = path.getFileName().toString().replaceFirst("\\.yml$", "");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}")) {
            throw new ScheduleFileException(file, null, "the file name must be letters, digits, '.', '_' or '-'");
        }
        Map<?, ?> content = parse(path);
        for (Object field : content.keySet()) {
            if (!FIELDS.contains(String.valueOf(field))) {
                throw new ScheduleFileException(file, String.valueOf(field), "unknown field; the fields are " + FIELDS);
            }
        }
        String jobName = text(content, "job", file, true);
        ScheduledJob job = jobs.find(jobName).orElseThrow(() -> new ScheduleFileException(file, "job", "unknown job '"
                + jobName + "'; the jobs that can be scheduled are " + jobs.names()));
        String cron = text(content, "cron", file, true);
        ZoneId zone = zone(text(content, "zone", file, true), file);
        try {
            FireTimes.expression(cron, zone);
        } catch (IllegalArgumentException e) {
            throw new ScheduleFileException(file, "cron", e.getMessage());
        }
        String misfireText = text(content, "misfire", file, false);
        MisfirePolicy misfire = misfireText == null ? MisfirePolicy.FIRE_ONCE_NOW : MisfirePolicy.of(misfireText)
                .orElseThrow(() -> new ScheduleFileException(file, "misfire", "'" + misfireText + "' is not one of "
                        + MisfirePolicy.allowed()));
        Object enabled = content.containsKey("enabled") ? content.get("enabled") : Boolean.TRUE;
        if (!(enabled instanceof Boolean)) {
            throw new ScheduleFileException(file, "enabled", "must be true or false, not '" + enabled + "'");
        }
        String description = text(content, "description", file, false);
        return new Schedule(name, file, jobName, cron, zone, parameters(content.get("parameters"), job, file),
                (Boolean) enabled, misfire, description == null ? "" : description);
    }

    private Map<String, String> parameters(Object given, ScheduledJob job, String file) {
        if (given != null && !(given instanceof Map)) {
            throw new ScheduleFileException(file, "parameters", "must be a map of name: value");
        }
        Map<?, ?> raw = given == null ? Map.of() : (Map<?, ?>) given;
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, ScheduledJob.Parameter> known = new LinkedHashMap<>();
        job.parameters().forEach(p -> known.put(p.name(), p));
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            String field = "parameters." + entry.getKey();
            ScheduledJob.Parameter parameter = known.get(String.valueOf(entry.getKey()));
            if (parameter == null) {
                throw new ScheduleFileException(file, field, job.job() + " takes " + known.keySet());
            }
            if (entry.getValue() == null || entry.getValue() instanceof Map || entry.getValue() instanceof List) {
                throw new ScheduleFileException(file, field, "must be a single value");
            }
            String value = resolve(scalar(entry.getValue()), file, field);
            String problem = parameter.date() ? DateExpression.problem(value) : null;
            if (problem != null) {
                throw new ScheduleFileException(file, field, problem);
            }
            parameters.put(parameter.name(), value);
        }
        for (ScheduledJob.Parameter parameter : job.parameters()) {
            if (parameter.required() && !parameters.containsKey(parameter.name())) {
                throw new ScheduleFileException(file, "parameters." + parameter.name(), "required by " + job.job());
            }
        }
        return parameters;
    }

    /** YAML reads an unquoted {@code 2031-03-04} as a timestamp at midnight UTC: give it back as written. */
    private static String scalar(Object value) {
        return value instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : String.valueOf(value);
    }

    private String resolve(String value, String file, String field) {
        try {
            return environment.resolveRequiredPlaceholders(value);
        } catch (IllegalArgumentException e) {
            throw new ScheduleFileException(file, field, e.getMessage());
        }
    }

    private static Map<?, ?> parse(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            Object content = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(content instanceof Map<?, ?> map)) {
                throw new ScheduleFileException(path.toString(), null, "must be a YAML map of fields (job, cron, …)");
            }
            return map;
        } catch (YAMLException e) {
            throw new ScheduleFileException(path.toString(), null, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schedule " + path + ": " + e.getMessage(), e);
        }
    }

    private static String text(Map<?, ?> content, String field, String file, boolean required) {
        Object value = content.get(field);
        if (value == null) {
            if (required) {
                throw new ScheduleFileException(file, field, "required");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new ScheduleFileException(file, field, "must be a single value");
        }
        return String.valueOf(value);
    }

    private static ZoneId zone(String zone, String file) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ScheduleFileException(file, "zone", "'" + zone + "' is not a time zone (e.g. Europe/Brussels, "
                    + "UTC): " + e.getMessage());
        }
    }
}
