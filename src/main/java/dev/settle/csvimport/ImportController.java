package dev.settle.csvimport;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload a CSV file for import ({@code POST /v2/imports/instructions|instruments}, the file as the body), then
 * follow it ({@code GET /v2/imports/{executionId}}) and fetch its error report ({@code …/errors}).
 */
@RestController
public class ImportController {

    private static final Map<String, String> JOBS = Map.of("instructions", ImportJobs.INSTRUCTIONS_JOB,
            "instruments", ImportJobs.INSTRUMENTS_JOB);

    private final ImportUploads uploads;

    public ImportController(ImportUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping("/v2/imports/{kind:instructions|instruments}")
    ResponseEntity<Map<String, Object>> upload(Caller caller, @PathVariable String kind, InputStream body)
            throws Exception {
        JobExecution execution;
        try {
            execution = uploads.accept(JOBS.get(kind), caller.tenantId(), body);
        } catch (ImportRefusedException refused) {
            throw ApiException.conflict(ApiError.of(refused.reason() == ImportRefusedException.Reason.ALREADY_IMPORTED
                    ? ErrorCode.IMPORT_ALREADY_DONE : ErrorCode.IMPORT_IN_PROGRESS, "reason", refused.getMessage()));
        } catch (IllegalArgumentException empty) {
            throw ApiException.badRequest(java.util.List.of(ApiError.of(ErrorCode.IMPORT_FILE_IS_EMPTY)));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("executionId", execution.getId());
        answer.put("job", execution.getJobInstance().getJobName());
        answer.put("status", execution.getStatus().name());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/v2/imports/" + execution.getId())
                .body(answer);
    }

    @GetMapping("/v2/imports/{executionId}")
    Map<String, Object> status(Caller caller, @PathVariable long executionId) {
        ImportResult result = find(caller, executionId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("executionId", result.executionId());
        answer.put("job", result.job());
        answer.put("status", result.status().name());
        answer.put("read", result.counts().read());
        answer.put("stored", result.counts().stored());
        answer.put("unchanged", result.counts().unchanged());
        answer.put("rejected", result.counts().rejected());
        answer.put("notProcessed", result.notProcessed());
        answer.put("errorReport", "/v2/imports/" + executionId + "/errors");
        return answer;
    }

    @GetMapping("/v2/imports/{executionId}/errors")
    ResponseEntity<FileSystemResource> errors(Caller caller, @PathVariable long executionId) {
        ImportResult result = find(caller, executionId);
        if (!Files.exists(result.errorReport())) {
            throw ApiException.notFound(ErrorCode.IMPORT_NOT_FOUND, "executionId", executionId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .body(new FileSystemResource(result.errorReport()));
    }

    private ImportResult find(Caller caller, long executionId) {
        ImportResult result = uploads.status(executionId, caller.tenantId());
        if (result == null) {
            throw ApiException.notFound(ErrorCode.IMPORT_NOT_FOUND, "executionId", executionId);
        }
        return result;
    }
}
