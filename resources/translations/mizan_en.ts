<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CriteriaPanel</name>
    <message numerus="yes">
        <source>Delete the group {0} with its %Ln factor(s), their weights and their scores? Undo brings them back.</source>
        <translation>
            <numerusform>Delete the group {0} with its factor, its weight and its scores? Undo brings them back.</numerusform>
            <numerusform>Delete the group {0} with its %Ln factors, their weights and their scores? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message numerus="yes">
        <source>{0}: the header is row {1}; %Ln row(s) below it. A blank cell changes nothing; a filled one replaces the cell&apos;s value. Nothing changes until you apply.</source>
        <translation>
            <numerusform>{0}: the header is row {1}; %Ln row below it. A blank cell changes nothing; a filled one replaces the cell&apos;s value. Nothing changes until you apply.</numerusform>
            <numerusform>{0}: the header is row {1}; %Ln rows below it. A blank cell changes nothing; a filled one replaces the cell&apos;s value. Nothing changes until you apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) placed</source>
        <translation>
            <numerusform>%Ln row placed</numerusform>
            <numerusform>%Ln rows placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changing the model</source>
        <translation>
            <numerusform>%Ln of them changing the model</numerusform>
            <numerusform>%Ln of them changing the model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not placed</source>
        <translation>
            <numerusform>%Ln row not placed</numerusform>
            <numerusform>%Ln rows not placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>{0} of %Ln risk(s) shown</source>
        <translation>
            <numerusform>{0} of %Ln risk shown</numerusform>
            <numerusform>{0} of %Ln risks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s)</source>
        <translation>
            <numerusform>%Ln risk</numerusform>
            <numerusform>%Ln risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message numerus="yes">
        <source>… and %Ln more finding(s).</source>
        <translation>
            <numerusform>… and %Ln more finding.</numerusform>
            <numerusform>… and %Ln more findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message numerus="yes">
        <source>Running %Ln sample(s)…</source>
        <translation>
            <numerusform>Running %Ln sample…</numerusform>
            <numerusform>Running %Ln samples…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln register field(s)</source>
        <translation>
            <numerusform>%Ln register field</numerusform>
            <numerusform>%Ln register fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) coerced</source>
        <translation>
            <numerusform>%Ln value coerced</numerusform>
            <numerusform>%Ln values coerced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) rejected</source>
        <translation>
            <numerusform>%Ln cell rejected</numerusform>
            <numerusform>%Ln cells rejected</numerusform>
        </translation>
    </message>
</context>
</TS>
