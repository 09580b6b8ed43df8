package dev.settle.system.error;

/**
 * Every error code the API and the imports report, with its message template. Codes follow the Order
 * Management reference; the ones it does not name keep its {@code SUBJECT_IS_PROBLEM} style.
 */
public enum ErrorCode {
    ORDER_REF_IS_REQUIRED("orderRef is required"),
    ORDER_REF_IS_INVALID("orderRef '{value}' must be 1-50 characters of A-Z, a-z, 0-9, '-', '_' or '.'"),
    ORDER_ALREADY_EXISTS("An order with orderRef '{orderRef}' already exists"),
    ORDER_NOT_FOUND("Order '{orderRef}' was not found"),
    INSTRUCTION_REF_IS_REQUIRED("instructionRef is required"),
    INSTRUCTION_REF_IS_INVALID("instructionRef '{value}' must be 1-50 characters of A-Z, a-z, 0-9, '-', '_' or '.'"),
    INSTRUCTION_REF_IS_DUPLICATED("instructionRef '{instructionRef}' appears more than once in the request or file; the first one counts"),
    INSTRUCTION_ALREADY_EXISTS("Instruction '{instructionRef}' already exists on order '{orderRef}'"),
    INSTRUCTION_CANCELLED("Instruction '{instructionRef}' was cancelled; its ref cannot be reused"),
    INSTRUCTION_NOT_FOUND("Instruction '{instructionRef}' was not found on order '{orderRef}'"),
    INSTRUCTION_CANNOT_BE_UPDATED("Instruction '{instructionRef}' is {status}; it can only be changed while INCOMPLETE, READY or LATE"),
    INSTRUCTION_CANNOT_BE_CANCELLED("Instruction '{instructionRef}' is {status}; it can only be cancelled while INCOMPLETE, READY or LATE"),
    INSTRUCTION_CONCURRENTLY_MODIFIED("Instruction '{instructionRef}' was changed by another request; read it again and retry"),
    CUSTOMER_REF_IS_REQUIRED("customerRef is required"),
    CUSTOMER_REF_IS_INVALID("customerRef '{value}' must be 1-50 characters of A-Z, a-z, 0-9, '-', '_' or '.'"),
    DIRECTION_IS_REQUIRED("direction is required"),
    DIRECTION_IS_INVALID("direction '{value}' must be CREDIT or DEBIT"),
    AMOUNT_IS_REQUIRED("amount is required"),
    AMOUNT_IS_INVALID("amount '{value}' is invalid: {reason}"),
    CURRENCY_IS_REQUIRED("currency is required"),
    CURRENCY_NOT_SUPPORTED("currency '{value}' is not a supported ISO 4217 currency"),
    COUNTRY_IS_INVALID("country '{value}' is not an ISO 3166-1 alpha-2 code"),
    SETTLED_BY_DATE_IS_REQUIRED("settledByDate is required"),
    SETTLED_BY_DATE_IS_INVALID("settledByDate '{value}' is invalid: {reason}"),
    SCHEME_ID_NOT_RECOGNISED("schemeId '{value}' is not a scheme of this tenant"),
    SCHEME_ID_NOT_SUPPORTED("scheme '{value}' does not support {direction} in {currency}"),
    FINANCIAL_INSTRUMENT_ID_IS_INVALID("financialInstrumentId '{value}' is not a UUID"),
    FINANCIAL_INSTRUMENT_NOT_FOUND("financial instrument '{value}' was not found"),
    FINANCIAL_INSTRUMENT_NOT_SUPPORTED("financial instrument '{value}' cannot be used: {reason}"),
    FINANCIAL_INSTRUMENT_ALREADY_EXISTS("financial instrument '{value}' already exists with other details"),
    FINANCIAL_INSTRUMENT_ID_IS_DUPLICATED("financial instrument id '{value}' appears more than once in the file; the first one counts"),
    FINANCIAL_INSTRUMENT_IS_INVALID("financial instrument field '{field}' is invalid: {reason}"),
    METADATA_KEY_COUNT_OUT_OF_RANGE("{field} has {count} keys; at most {max} are allowed"),
    METADATA_KEY_SIZE_OUT_OF_RANGE("{field} key '{key}' must be 1-{max} characters"),
    METADATA_VALUE_SIZE_OUT_OF_RANGE("{field} value of key '{key}' must be at most {max} characters"),
    REWARD_ID_IS_REQUIRED("rewardId is required"),
    REWARD_ID_IS_INVALID("rewardId must be at most {max} characters; it has {length}"),
    REWARD_NOT_AUTHORIZED("Instruction '{instructionRef}' has no authorized reward"),
    REWARD_ALREADY_AUTHORIZED("The reward of instruction '{instructionRef}' is already authorized"),
    REWARD_ALREADY_CLAIMED("Reward '{rewardId}' of instruction '{instructionRef}' was already claimed"),
    REWARD_CANNOT_BE_AUTHORIZED("Instruction '{instructionRef}' is {status}; a reward cannot be authorized"),
    REWARD_TRANSACTION_NOT_FOUND("Reward transaction '{transactionId}' was not found"),
    IMPORT_ALREADY_DONE("{reason}"),
    IMPORT_IN_PROGRESS("{reason}"),
    IMPORT_NOT_FOUND("Import execution '{executionId}' was not found"),
    IMPORT_FILE_IS_EMPTY("The request body is empty; send the CSV file as the body (Content-Type: text/csv)"),
    CSV_ROW_IS_MALFORMED("The row could not be read as CSV: {reason}"),
    PAGE_IS_INVALID("{field} '{value}' is invalid: {reason}"),
    PARAMETER_IS_INVALID("parameter '{field}' value '{value}' is invalid: {reason}"),
    REQUEST_BODY_IS_INVALID("The request body could not be read: {reason}"),
    ACCOUNT_ID_IS_REQUIRED("x-account-id header is required"),
    TENANT_ID_IS_REQUIRED("x-tenant-id header is required"),
    TENANT_MISMATCH("x-account-id / x-tenant-id do not match the access token"),
    UNAUTHORIZED("Authentication is required: {reason}"),
    FORBIDDEN("The access token lacks a role this operation needs ({required})"),
    HMAC_SIGNATURE_IS_INVALID("The HMAC authorization was refused: {reason}"),
    RESOURCE_NOT_FOUND("No resource at {path}"),
    METHOD_NOT_ALLOWED("Method {method} is not allowed here"),
    MEDIA_TYPE_NOT_SUPPORTED("Content type {contentType} is not supported; send application/json"),
    INTERNAL_ERROR("An unexpected error occurred; quote correlationId {correlationId} when reporting it");

    private final String template;

    ErrorCode(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
