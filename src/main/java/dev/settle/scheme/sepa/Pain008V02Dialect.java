package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

import javax.xml.datatype.XMLGregorianCalendar;

import dev.settle.iso20022.pain008v02.AccountIdentification4Choice;
import dev.settle.iso20022.pain008v02.ActiveOrHistoricCurrencyAndAmount;
import dev.settle.iso20022.pain008v02.BranchAndFinancialInstitutionIdentification4;
import dev.settle.iso20022.pain008v02.CashAccount16;
import dev.settle.iso20022.pain008v02.ChargeBearerType1Code;
import dev.settle.iso20022.pain008v02.DirectDebitTransaction6;
import dev.settle.iso20022.pain008v02.DirectDebitTransactionInformation9;
import dev.settle.iso20022.pain008v02.FinancialInstitutionIdentification7;
import dev.settle.iso20022.pain008v02.GenericFinancialIdentification1;
import dev.settle.iso20022.pain008v02.GenericPersonIdentification1;
import dev.settle.iso20022.pain008v02.GroupHeader39;
import dev.settle.iso20022.pain008v02.LocalInstrument2Choice;
import dev.settle.iso20022.pain008v02.MandateRelatedInformation6;
import dev.settle.iso20022.pain008v02.ObjectFactory;
import dev.settle.iso20022.pain008v02.Party6Choice;
import dev.settle.iso20022.pain008v02.PartyIdentification32;
import dev.settle.iso20022.pain008v02.PaymentIdentification1;
import dev.settle.iso20022.pain008v02.PaymentMethod2Code;
import dev.settle.iso20022.pain008v02.PaymentTypeInformation20;
import dev.settle.iso20022.pain008v02.PersonIdentification5;
import dev.settle.iso20022.pain008v02.PersonIdentificationSchemeName1Choice;
import dev.settle.iso20022.pain008v02.RemittanceInformation5;
import dev.settle.iso20022.pain008v02.SequenceType1Code;
import dev.settle.iso20022.pain008v02.ServiceLevel8Choice;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;

/** pain.008.001.02, built from the types generated into {@code dev.settle.iso20022.pain008v02}. */
final class Pain008V02Dialect extends Pain008Dialect {

    private static final JAXBContext CONTEXT = newContext(ObjectFactory.class);

    Pain008V02Dialect() {
        super(Pain008Version.V02);
    }

    @Override
    JAXBContext context() {
        return CONTEXT;
    }

    @Override
    JAXBElement<?> groupHeader(DirectDebitFileHeader header) {
        GroupHeader39 groupHeader = new GroupHeader39();
        groupHeader.setMsgId(header.messageId());
        groupHeader.setCreDtTm(dateTime(header.creationTime()));
        groupHeader.setNbOfTxs(Long.toString(header.numberOfTransactions()));
        groupHeader.setCtrlSum(header.controlSum());
        groupHeader.setInitgPty(party(header.creditor().name()));
        return element("GrpHdr", GroupHeader39.class, groupHeader);
    }

    @Override
    List<JAXBElement<?>> blockHeader(CollectionBlock block, Creditor creditor) {
        PaymentTypeInformation20 paymentType = new PaymentTypeInformation20();
        paymentType.setSvcLvl(new ServiceLevel8Choice());
        paymentType.getSvcLvl().setCd(SEPA_SERVICE_LEVEL);
        paymentType.setLclInstrm(new LocalInstrument2Choice());
        paymentType.getLclInstrm().setCd(CORE);
        paymentType.setSeqTp(SequenceType1Code.fromValue(block.sequenceType()));
        return List.of(element("PmtInfId", String.class, block.paymentInformationId()),
                element("PmtMtd", PaymentMethod2Code.class, PaymentMethod2Code.DD),
                element("BtchBookg", Boolean.class, Boolean.TRUE),
                element("NbOfTxs", String.class, Long.toString(block.numberOfTransactions())),
                element("CtrlSum", BigDecimal.class, block.controlSum()),
                element("PmtTpInf", PaymentTypeInformation20.class, paymentType),
                element("ReqdColltnDt", XMLGregorianCalendar.class, date(block.requestedCollectionDate())),
                element("Cdtr", PartyIdentification32.class, party(creditor.name())),
                element("CdtrAcct", CashAccount16.class, account(creditor.iban())),
                element("CdtrAgt", BranchAndFinancialInstitutionIdentification4.class, agent(creditor.bic())),
                element("ChrgBr", ChargeBearerType1Code.class, ChargeBearerType1Code.SLEV),
                element("CdtrSchmeId", PartyIdentification32.class, schemeId(creditor.creditorSchemeId())));
    }

    @Override
    JAXBElement<?> transaction(DirectDebit debit) {
        DirectDebitTransactionInformation9 transaction = new DirectDebitTransactionInformation9();
        transaction.setPmtId(new PaymentIdentification1());
        transaction.getPmtId().setEndToEndId(debit.endToEndId());
        ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
        amount.setValue(debit.amount());
        amount.setCcy(EUR);
        transaction.setInstdAmt(amount);
        MandateRelatedInformation6 mandate = new MandateRelatedInformation6();
        mandate.setMndtId(debit.mandateId());
        mandate.setDtOfSgntr(date(debit.mandateSignedOn()));
        transaction.setDrctDbtTx(new DirectDebitTransaction6());
        transaction.getDrctDbtTx().setMndtRltdInf(mandate);
        transaction.setDbtrAgt(agent(debit.debtorBic()));
        transaction.setDbtr(party(debit.debtorName()));
        transaction.setDbtrAcct(account(debit.debtorIban()));
        if (debit.remittanceInformation() != null) {
            transaction.setRmtInf(new RemittanceInformation5());
            transaction.getRmtInf().getUstrd().add(debit.remittanceInformation());
        }
        return element("DrctDbtTxInf", DirectDebitTransactionInformation9.class, transaction);
    }

    private static PartyIdentification32 party(String name) {
        PartyIdentification32 party = new PartyIdentification32();
        party.setNm(name);
        return party;
    }

    // Only the identifier, no name: the SEPA-strict schema allows nothing else in CdtrSchmeId.
    private static PartyIdentification32 schemeId(String creditorSchemeId) {
        GenericPersonIdentification1 other = new GenericPersonIdentification1();
        other.setId(creditorSchemeId);
        other.setSchmeNm(new PersonIdentificationSchemeName1Choice());
        other.getSchmeNm().setPrtry(CREDITOR_SCHEME);
        PersonIdentification5 person = new PersonIdentification5();
        person.getOthr().add(other);
        PartyIdentification32 party = new PartyIdentification32();
        party.setId(new Party6Choice());
        party.getId().setPrvtId(person);
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
