package dev.settle.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InstructionStatusTests {

    @Test
    void aSubmittedInstructionSettlesFailsOrGoesBackToReadyForANewAttemptButIsNeverCancelled() {
        assertThat(Arrays.stream(InstructionStatus.values()).filter(InstructionStatus.PROCESSING::canMoveTo))
                .containsExactlyInAnyOrder(InstructionStatus.COMPLETED, InstructionStatus.FAILED,
                        InstructionStatus.READY);
    }

    @Test
    void onlyAReturnMovesACompletedInstructionAndFailedAndCancelledAreFinal() {
        assertThat(Arrays.stream(InstructionStatus.values()).filter(InstructionStatus.COMPLETED::canMoveTo))
                .containsExactly(InstructionStatus.FAILED);
        assertThat(Arrays.stream(InstructionStatus.values()).filter(InstructionStatus.FAILED::canMoveTo)).isEmpty();
        assertThat(Arrays.stream(InstructionStatus.values()).filter(InstructionStatus.CANCELLED::canMoveTo)).isEmpty();
    }
}
