package dev.settle.reward;

import dev.settle.system.security.Caller;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rewards of the v2 Order Management API: authorize an instruction's reward (201), claim it (202 with a
 * {@code Location} to poll) and poll the claim's transaction.
 */
@RestController
@RequestMapping("/v2/order-management")
public class RewardController {

    static final String TRANSACTIONS = "/v2/order-management/rewards/";
    private static final String INSTRUCTION = "/{orderRef}/instruction/{instructionRef}";

    private final RewardService rewards;

    public RewardController(RewardService rewards) {
        this.rewards = rewards;
    }

    @PostMapping(INSTRUCTION + "/authorize-reward")
    @ResponseStatus(HttpStatus.CREATED)
    void authorize(Caller caller, @PathVariable String orderRef, @PathVariable String instructionRef) {
        rewards.authorize(caller, orderRef, instructionRef);
    }

    /** Accepted for settlement in the background; a repeated claim of the same reward gets the same Location. */
    @PostMapping(INSTRUCTION + "/claim-reward")
    ResponseEntity<Void> claim(Caller caller, @PathVariable String orderRef, @PathVariable String instructionRef,
            @RequestBody(required = false) ClaimRewardRequest request) {
        UUID transactionId = rewards.claim(caller, orderRef, instructionRef, request);
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", TRANSACTIONS + transactionId).build();
    }

    @GetMapping("/rewards/{transactionId}")
    RewardTransactionResponse get(Caller caller, @PathVariable String transactionId) {
        return RewardTransactionResponse.of(rewards.get(caller, transactionId));
    }
}
