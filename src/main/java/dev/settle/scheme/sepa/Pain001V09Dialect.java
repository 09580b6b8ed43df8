package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

import dev.settle.iso20022.pain001v09.AccountIdentification4Choice;
import dev.settle.iso20022.pain001v09.ActiveOrHistoricCurrencyAndAmount;
import dev.settle.iso20022.pain001v09.AmountType4Choice;
import dev.settle.iso20022.pain001v09.BranchAndFinancialInstitutionIdentification6;
import dev.settle.iso20022.pain001v09.CashAccount38;
import dev.settle.iso20022.pain001v09.ChargeBearerType1Code;
import dev.settle.iso20022.pain001v09.CreditTransferTransaction34;
import dev.settle.iso20022.pain001v09.DateAndDateTime2Choice;
import dev.settle.iso20022.pain001v09.FinancialInstitutionIdentification18;
import dev.settle.iso20022.pain001v09.GenericFinancialIdentification1;
import dev.settle.iso20022.pain001v09.GroupHeader85;
import dev.settle.iso20022.pain001v09.ObjectFactory;
import dev.settle.iso20022.pain001v09.PartyIdentification135;
import dev.settle.iso20022.pain001v09.PaymentIdentification6;
import dev.settle.iso20022.pain001v09.PaymentMethod3Code;
import dev.settle.iso20022.pain001v09.PaymentTypeInformation26;
import dev.settle.iso20022.pain001v09.RemittanceInformation16;
import dev.settle.iso20022.pain001v09.ServiceLevel8Choice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;

/** pain.001.001.09, built from the types generated into {@code dev.settle.iso20022.pain001v09}. */
final class Pain001V09Dialect extends Pain001Dialect {

    private static final JAXBContext CONTEXT = newContext(ObjectFactory.class);

    Pain001V09Dialect() {
        super(Pain001Version.V09);
    }

    @Override
    JAXBContext context() {
        return CONTEXT;
    }

    @Override
    JAXBElement<?> groupHeader(FileHeader header) {
        GroupHeader85 groupHeader = new GroupHeader85();
        groupHeader.setMsgId(header.messageId());
        groupHeader.setCreDtTm(dateTime(header.creationTime()));
        groupHeader.setNbOfTxs(Long.toString(header.numberOfTransactions()));
        groupHeader.setCtrlSum(header.controlSum());
        groupHeader.setInitgPty(party(header.originator().name()));
        return element("GrpHdr", GroupHeader85.class, groupHeader);
    }

    @Override
    List<JAXBElement<?>> blockHeader(PaymentBlock block, Originator originator) {
        PaymentTypeInformation26 paymentType = new PaymentTypeInformation26();
        ServiceLevel8Choice serviceLevel = new ServiceLevel8Choice();
        serviceLevel.setCd(SEPA_SERVICE_LEVEL);
        paymentType.getSvcLvl().add(serviceLevel);
        DateAndDateTime2Choice executionDate = new DateAndDateTime2Choice();
        executionDate.setDt(date(block.requestedExecutionDate()));
        return List.of(element("PmtInfId", String.class, block.paymentInformationId()),
                element("PmtMtd", PaymentMethod3Code.class, PaymentMethod3Code.TRF),
                element("BtchBookg", Boolean.class, Boolean.TRUE),
                element("NbOfTxs", String.class, Long.toString(block.numberOfTransactions())),
                element("CtrlSum", BigDecimal.class, block.controlSum()),
                element("PmtTpInf", PaymentTypeInformation26.class, paymentType),
                element("ReqdExctnDt", DateAndDateTime2Choice.class, executionDate),
                element("Dbtr", PartyIdentification135.class, party(originator.name())),
                element("DbtrAcct", CashAccount38.class, account(originator.iban())),
                element("DbtrAgt", BranchAndFinancialInstitutionIdentification6.class, agent(originator.bic())),
                element("ChrgBr", ChargeBearerType1Code.class, ChargeBearerType1Code.SLEV));
    }

    @Override
    JAXBElement<?> transaction(CreditTransfer transfer) {
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34();
        transaction.setPmtId(new PaymentIdentification6());
        transaction.getPmtId().setEndToEndId(transfer.endToEndId());
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setValue(transfer.amount());
        amount.setCcy(EUR);
        transaction.setAmt(new AmountType4Choice());
        transaction.getAmt().setInstdAmt(amount);
        if (transfer.creditorBic() != null) {
            transaction.setCdtrAgt(agent(transfer.creditorBic()));
        }
        transaction.setCdtr(party(transfer.creditorName()));
        transaction.setCdtrAcct(account(transfer.creditorIban()));
        if (transfer.remittanceInformation() != null) {
            transaction.setRmtInf(new RemittanceInformation16());
            transaction.getRmtInf().getUstrd().add(transfer.remittanceInformation());
        }
        return element("CdtTrfTxInf", CreditTransferTransaction34.class, transaction);
    }

    private static PartyIdentification135 party(String name) {
        PartyIdentification135 party = new PartyIdentification135();
        party.setNm(name);
        return party;
    }

    private static CashAccount38 account(String iban) {
        CashAccount38 account = new CashAccount38();
        account.setId(new AccountIdentification4Choice());
        account.getId().setIBAN(iban);
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (bic != null) {
            institution.setBICFI(bic);
        }
        else {
            institution.setOthr(new GenericFinancialIdentification1());
            institution.getOthr().setId(NOT_PROVIDED);
        }
        BranchAndFinancialInstitutionIdentification6 agent = new BranchAndFinancialInstitutionIdentification6();
        agent.setFinInstnId(institution);
        return agent;
    }

}
