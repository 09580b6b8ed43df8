package dev.settle.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Echoes {@code x-correlation-id} (or generates one) on every response and puts it in the logging MDC for
 * every log line of the request, ending with one access line (method, path, status, duration). Registered ahead
 * of the security filters so 401/403 answers carry it too.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("dev.settle.access");

    public static final String HEADER = "x-correlation-id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String supplied = request.getHeader(HEADER);
        // An unsafe value would let a caller forge log lines; replace it rather than echo it.
        String correlationId = supplied != null && SAFE.matcher(supplied).matches()
                ? supplied : UUID.randomUUID().toString();
        request.setAttribute(MDC_KEY, correlationId);
        response.setHeader(HEADER, correlationId);
        MDC.put(MDC_KEY, correlationId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of the request being served, for error bodies written outside the filter's thread context. */
    public static String current(HttpServletRequest request) {
        Object attribute = request.getAttribute(MDC_KEY);
        return attribute != null ? attribute.toString() : MDC.get(MDC_KEY);
    }
}
