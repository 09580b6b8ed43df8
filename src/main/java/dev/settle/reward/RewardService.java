package dev.settle.reward;

import dev.settle.order.Instruction;
import dev.settle.order.InstructionService;
import dev.settle.order.InstructionStatus;
import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Authorizing and claiming the reward of a tenant's instruction, and reading a claim back. A claim is only
 * recorded here; {@link RewardProcessor} settles it with the provider in the background.
 */
@Service
public class RewardService {

    static final int MAX_REWARD_ID_LENGTH = 100;
    private static final Set<InstructionStatus> NOT_REWARDABLE = Set.of(InstructionStatus.CANCELLED,
            InstructionStatus.FAILED);

    private final InstructionService instructions;
    private final RewardRepository rewards;
    private final RewardProviders providers;
    private final Clock clock;

    public RewardService(InstructionService instructions, RewardRepository rewards, RewardProviders providers,
            Clock clock) {
        this.instructions = instructions;
        this.rewards = rewards;
        this.providers = providers;
        this.clock = clock;
    }

    /** Allows the instruction's reward to be claimed; refused when already done or the instruction is dead. */
    public void authorize(Caller caller, String orderRef, String instructionRef) {
        Instruction instruction = instructions.get(caller, orderRef, instructionRef);
        if (rewards.isAuthorized(caller.tenantId(), instruction.id())) {
            throw alreadyAuthorized(instructionRef);
        }
        if (NOT_REWARDABLE.contains(instruction.status())) {
            throw ApiException.conflict(ApiError.of(ErrorCode.REWARD_CANNOT_BE_AUTHORIZED,
                    Map.of("instructionRef", instructionRef, "status", instruction.status())));
        }
        // The primary key on the instruction decides between two simultaneous authorizations.
        if (!rewards.authorize(caller.tenantId(), instruction.id(), caller.identity(), clock.instant())) {
            throw alreadyAuthorized(instructionRef);
        }
    }

    /**
     * Records a claim of the reward, or finds the one made earlier for the same reward id of the instruction.
     *
     * @return the transaction to poll
     */
    public UUID claim(Caller caller, String orderRef, String instructionRef, ClaimRewardRequest request) {
        Instruction instruction = instructions.get(caller, orderRef, instructionRef);
        String rewardId = validRewardId(request);
        if (!rewards.isAuthorized(caller.tenantId(), instruction.id())) {
            throw ApiException.conflict(ApiError.of(ErrorCode.REWARD_NOT_AUTHORIZED, "instructionRef",
                    instructionRef));
        }
        return rewards.findClaim(caller.tenantId(), instruction.id(), rewardId).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            try {
                rewards.insertClaim(id, caller.tenantId(), instruction.id(), rewardId, providers.active().code(),
                        clock.instant());
                return id;
            } catch (DuplicateKeyException e) {
                // A simultaneous claim of the same reward won the race (reward_claim_once): answer with its id.
                return rewards.findClaim(caller.tenantId(), instruction.id(), rewardId).orElseThrow(() -> e);
            }
        });
    }

    public RewardTransaction get(Caller caller, String transactionId) {
        UUID id;
        try {
            id = UUID.fromString(transactionId);
        } catch (IllegalArgumentException e) {
            throw notFound(transactionId);
        }
        return rewards.find(caller.tenantId(), id).orElseThrow(() -> notFound(transactionId));
    }

    private static String validRewardId(ClaimRewardRequest request) {
        String rewardId = request == null ? null : request.rewardId();
        if (rewardId == null || rewardId.isBlank()) {
            throw ApiException.badRequest(List.of(ApiError.of(ErrorCode.REWARD_ID_IS_REQUIRED)));
        }
        if (rewardId.length() > MAX_REWARD_ID_LENGTH) {
            throw ApiException.badRequest(List.of(ApiError.of(ErrorCode.REWARD_ID_IS_INVALID,
                    Map.of("max", MAX_REWARD_ID_LENGTH, "length", rewardId.length()))));
        }
        return rewardId;
    }

    private static ApiException alreadyAuthorized(String instructionRef) {
        return ApiException.conflict(ApiError.of(ErrorCode.REWARD_ALREADY_AUTHORIZED, "instructionRef",
                instructionRef));
    }

    private static ApiException notFound(String transactionId) {
        return ApiException.notFound(ErrorCode.REWARD_TRANSACTION_NOT_FOUND, "transactionId", transactionId);
    }
}
