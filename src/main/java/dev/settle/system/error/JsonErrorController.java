package dev.settle.system.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error page: errors that escape Spring MVC (filters, the container) still answer with the
 * API error body.
 */
@RestController
@ConditionalOnWebApplication
public class JsonErrorController implements ErrorController {

    private final ApiErrorResponses responses;

    public JsonErrorController(ApiErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ApiError error = switch (status) {
            case NOT_FOUND -> ApiError.of(ErrorCode.RESOURCE_NOT_FOUND, "path", String.valueOf(path));
            case METHOD_NOT_ALLOWED -> ApiError.of(ErrorCode.METHOD_NOT_ALLOWED, "method", request.getMethod());
            case UNAUTHORIZED -> ApiError.of(ErrorCode.UNAUTHORIZED, "reason", "no valid access token");
            default -> ApiError.of(ErrorCode.INTERNAL_ERROR, "correlationId",
                    String.valueOf(responses.body(request, List.of()).correlationId()));
        };
        return responses.entity(request, status, List.of(error));
    }
}
