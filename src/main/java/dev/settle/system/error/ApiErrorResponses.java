package dev.settle.system.error;

import dev.settle.system.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the error body for a status and errors, as a {@link ResponseEntity} for controllers and written
 * straight to the servlet response for filters (security) that answer before any controller.
 */
@Component
public class ApiErrorResponses {

    private final Clock clock;
    private final JsonMapper jsonMapper;

    public ApiErrorResponses(Clock clock, JsonMapper jsonMapper) {
        this.clock = clock;
        this.jsonMapper = jsonMapper;
    }

    public ApiErrorResponse body(HttpServletRequest request, List<ApiError> errors) {
        return new ApiErrorResponse(clock.instant(), CorrelationIdFilter.current(request), errors);
    }

    public ResponseEntity<Object> entity(HttpServletRequest request, HttpStatusCode status, List<ApiError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(request, errors));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ApiError error)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body(request, List.of(error)));
    }
}
