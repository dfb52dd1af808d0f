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
</TS>
