package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

import javax.xml.datatype.XMLGregorianCalendar;

import dev.settle.iso20022.pain001v03.AccountIdentification4Choice;
import dev.settle.iso20022.pain001v03.ActiveOrHistoricCurrencyAndAmount;
import dev.settle.iso20022.pain001v03.AmountType3Choice;
import dev.settle.iso20022.pain001v03.BranchAndFinancialInstitutionIdentification4;
import dev.settle.iso20022.pain001v03.CashAccount16;
import dev.settle.iso20022.pain001v03.ChargeBearerType1Code;
import dev.settle.iso20022.pain001v03.CreditTransferTransactionInformation10;
import dev.settle.iso20022.pain001v03.FinancialInstitutionIdentification7;
import dev.settle.iso20022.pain001v03.GenericFinancialIdentification1;
import dev.settle.iso20022.pain001v03.GroupHeader32;
import dev.settle.iso20022.pain001v03.ObjectFactory;
import dev.settle.iso20022.pain001v03.PartyIdentification32;
import dev.settle.iso20022.pain001v03.PaymentIdentification1;
import dev.settle.iso20022.pain001v03.PaymentMethod3Code;
import dev.settle.iso20022.pain001v03.PaymentTypeInformation19;
import dev.settle.iso20022.pain001v03.RemittanceInformation5;
import dev.settle.iso20022.pain001v03.ServiceLevel8Choice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;

/** pain.001.001.03, built from the types generated into {@code dev.settle.iso20022.pain001v03}. */
final class Pain001V03Dialect extends Pain001Dialect {

    private static final JAXBContext CONTEXT = newContext(ObjectFactory.class);

    Pain001V03Dialect() {
        super(Pain001Version.V03);
    }

    @Override
    JAXBContext context() {
        return CONTEXT;
    }

    @Override
    JAXBElement<?> groupHeader(FileHeader header) {
        GroupHeader32 groupHeader = new GroupHeader32();
        groupHeader.setMsgId(header.messageId());
        groupHeader.setCreDtTm(dateTime(header.creationTime()));
        groupHeader.setNbOfTxs(Long.toString(header.numberOfTransactions()));
        groupHeader.setCtrlSum(header.controlSum());
        groupHeader.setInitgPty(party(header.originator().name()));
        return element("GrpHdr", GroupHeader32.class, groupHeader);
    }

    @Override
    List<JAXBElement<?>> blockHeader(PaymentBlock block, Originator originator) {
        PaymentTypeInformation19 paymentType = new PaymentTypeInformation19();
        paymentType.setSvcLvl(new ServiceLevel8Choice());
        paymentType.getSvcLvl().setCd(SEPA_SERVICE_LEVEL);
        return List.of(element("PmtInfId", String.class, block.paymentInformationId()),
                element("PmtMtd", PaymentMethod3Code.class, PaymentMethod3Code.TRF),
                element("BtchBookg", Boolean.class, Boolean.TRUE),
                element("NbOfTxs", String.class, Long.toString(block.numberOfTransactions())),
                element("CtrlSum", BigDecimal.class, block.controlSum()),
                element("PmtTpInf", PaymentTypeInformation19.class, paymentType),
                element("ReqdExctnDt", XMLGregorianCalendar.class, date(block.requestedExecutionDate())),
                element("Dbtr", PartyIdentification32.class, party(originator.name())),
                element("DbtrAcct", CashAccount16.class, account(originator.iban())),
                element("DbtrAgt", BranchAndFinancialInstitutionIdentification4.class, agent(originator.bic())),
                element("ChrgBr", ChargeBearerType1Code.class, ChargeBearerType1Code.SLEV));
    }

    @Override
    JAXBElement<?> transaction(CreditTransfer transfer) {
        CreditTransferTransactionInformation10 transaction = new CreditTransferTransactionInformation10();
        transaction.setPmtId(new PaymentIdentification1());
        transaction.getPmtId().setEndToEndId(transfer.endToEndId());
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setValue(transfer.amount());
        amount.setCcy(EUR);
        transaction.setAmt(new AmountType3Choice());
        transaction.getAmt().setInstdAmt(amount);
        if (transfer.creditorBic() != null) {
            transaction.setCdtrAgt(agent(transfer.creditorBic()));
        }
        transaction.setCdtr(party(transfer.creditorName()));
        transaction.setCdtrAcct(account(transfer.creditorIban()));
        if (transfer.remittanceInformation() != null) {
            transaction.setRmtInf(new RemittanceInformation5());
            transaction.getRmtInf().getUstrd().add(transfer.remittanceInformation());
        }
        return element("CdtTrfTxInf", CreditTransferTransactionInformation10.class, transaction);
    }

    private static PartyIdentification32 party(String name) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(name);
        return party;
    }

    private static CashAccount16 account(String iban) {
        CashAccount16 account = new CashAccount16();
        account.setId(new AccountIdentification4Choice());
        account.getId().setIBAN(iban);
        return account;
    }

    private static BranchAndFinancialInstitutionIdentification4 agent(String bic) {
        FinancialInstitutionIdentification7 institution = new FinancialInstitutionIdentification7();
        if (bic != null) {
            institution.setBIC(bic);
        }
        else {
            institution.setOthr(new GenericFinancialIdentification1());
            institution.getOthr().setId(NOT_PROVIDED);
        }
        BranchAndFinancialInstitutionIdentification4 agent = new BranchAndFinancialInstitutionIdentification4();
        agent.setFinInstnId(institution);
        return agent;
    }

}
