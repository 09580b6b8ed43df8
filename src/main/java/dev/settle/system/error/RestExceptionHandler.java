package dev.settle.system.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Renders {@link ApiException}, Spring MVC's own exceptions and anything unexpected as the API error body. */
@RestControllerAdvice
public class RestExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RestExceptionHandler.class);

    private final ApiErrorResponses responses;

    public RestExceptionHandler(ApiErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApiException(ApiException ex, HttpServletRequest request) {
        return responses.entity(request, ex.status(), ex.errors());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        ApiError error = ApiError.of(ErrorCode.INTERNAL_ERROR, "correlationId",
                String.valueOf(responses.body(request, List.of()).correlationId()));
        log.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), ex);
        return responses.entity(request, HttpStatus.INTERNAL_SERVER_ERROR, List.of(error));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        ApiError error = translate(ex, status, servletRequest);
        if (status.is5xxServerError()) {
            log.error("Error serving {}", servletRequest.getRequestURI(), ex);
        }
        return ResponseEntity.status(status).headers(headers)
                .body(responses.body(servletRequest, List.of(error)));
    }

    private ApiError translate(Exception ex, HttpStatusCode status, HttpServletRequest request) {
        if (ex instanceof HttpMessageNotReadableException notReadable) {
            return ApiError.of(ErrorCode.REQUEST_BODY_IS_INVALID, "reason", readableReason(notReadable));
        }
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            return ApiError.of(ErrorCode.METHOD_NOT_ALLOWED, "method", notSupported.getMethod());
        }
        if (ex instanceof NoResourceFoundException) {
            return ApiError.of(ErrorCode.RESOURCE_NOT_FOUND, "path", request.getRequestURI());
        }
        if (ex instanceof HttpMediaTypeNotSupportedException mediaType) {
            return ApiError.of(ErrorCode.MEDIA_TYPE_NOT_SUPPORTED, "contentType", String.valueOf(mediaType.getContentType()));
        }
        if (ex instanceof MissingRequestHeaderException missingHeader) {
            return switch (missingHeader.getHeaderName().toLowerCase()) {
                case "x-account-id" -> ApiError.of(ErrorCode.ACCOUNT_ID_IS_REQUIRED);
                case "x-tenant-id" -> ApiError.of(ErrorCode.TENANT_ID_IS_REQUIRED);
                default -> ApiError.of(ErrorCode.PARAMETER_IS_INVALID, Map.of("field", missingHeader.getHeaderName(),
                        "value", "", "reason", "the header is required"));
            };
        }
        if (ex instanceof TypeMismatchException mismatch) {
            return ApiError.of(ErrorCode.PARAMETER_IS_INVALID, Map.of("field", String.valueOf(mismatch.getPropertyName()),
                    "value", String.valueOf(mismatch.getValue()), "reason", "expected " + requiredType(mismatch)));
        }
        if (status.is5xxServerError()) {
            return ApiError.of(ErrorCode.INTERNAL_ERROR, "correlationId",
                    String.valueOf(responses.body(request, List.of()).correlationId()));
        }
        return ApiError.of(ErrorCode.PARAMETER_IS_INVALID, Map.of("field", "request", "value", "",
                "reason", ex.getMessage() == null ? status.toString() : ex.getMessage()));
    }

    private static String requiredType(TypeMismatchException mismatch) {
        return mismatch.getRequiredType() == null ? "another type" : mismatch.getRequiredType().getSimpleName();
    }

    private static String readableReason(HttpMessageNotReadableException ex) {
        // Jackson's message names the line and column; its cause chain can be long, so keep the first line.
        String message = ex.getMostSpecificCause().getMessage();
        if (message == null) {
            return "malformed or missing JSON";
        }
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
