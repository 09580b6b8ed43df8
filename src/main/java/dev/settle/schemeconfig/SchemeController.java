package dev.settle.schemeconfig;

import dev.settle.system.security.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v2/schemes}: the calling tenant's schemes, without secret settings. */
@RestController
public class SchemeController {

    private final SchemeRepository schemes;

    public SchemeController(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/v2/schemes")
    List<SchemeResponse> list(Caller caller) {
        return schemes.findAll(caller.tenantId()).stream().map(SchemeResponse::of).toList();
    }
}
