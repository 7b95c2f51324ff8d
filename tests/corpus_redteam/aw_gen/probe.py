import sys
from endqi.documents import load_bytes
from endqi.analysis import evaluate
def run(text, state, crits=None, show_text=False):
    doc=load_bytes(text.encode(), filename='bill.txt')
    sc=evaluate(doc, state=state); v=sc.verdicts()
    if show_text: print(repr(doc.text[:600]))
    for c in sc.criteria:
        cid=getattr(c,'id',None) or getattr(c,'criterion_id',None)
        if crits is None or cid in crits: print('  ',cid, v[cid], '|', c.explanation[:160])
P={}
P['A']=("""Section 1. (a) For the purposes of this section, "peace officer" means any person certified or required to be certified by the Alabama Peace Officers' Standards and Training Commission, and includes a deputy sheriff, a municipal police officer, and a state trooper. (b) A peace officer who, under color of law, deprives any person of any right secured by the Constitution of Alabama of 2022 shall be liable to the injured party. (c) Qualified immunity shall not be a defense to an action under this section.""",'AL',['end.law_enforcement'])
P['A2']=("""Section 1. (a) For the purposes of this section, "peace officer" means any person certified or required to be certified by the Alabama Peace Officers' Standards and Training Commission. (b) A peace officer who, under color of law, deprives any person of any right secured by the Constitution of Alabama of 2022 shall be liable to the injured party. (c) Qualified immunity shall not be a defense to an action under this section.""",'AL',['end.law_enforcement'])
P['B']=("""Section 1. Any person who, under color of law, deprives another of any right secured by the Constitution of the State of Delaware shall be liable to the party injured, and qualified immunity is not a defense. Section 2. (a) The public employer of a defendant shall pay any judgment under section 1 in full. (b) Notwithstanding subsection (a), if the trier of fact finds that the defendant acted with intent to violate the plaintiff's rights, the defendant shall personally pay 5 percent of the judgment or $25,000, whichever is less.""",'DE',['start.individual_accountability'])
P['C']=("""SECTION 1. As used in this chapter, "officer" means an employee of the state police department who is a police officer under IC 10-11-2. An officer who, under color of law, deprives an individual of a right secured by the Constitution of the State of Indiana is liable to the individual for damages. Qualified immunity is not a defense to an action under this chapter.""",'IN',['end.law_enforcement','end.public_employees'])
P['D']=("""Section 1. A peace officer who, under color of law, deprives a person of any right secured by the Constitution of the State of Iowa shall be liable to the person. Qualified immunity shall not apply to an action under this section. The limitations of chapters 669 and 670 on the amount of damages, and on punitive damages, shall not apply to an action under this section.""",'IA',['end.damage_caps'])
P['E']=("""Section 1. Subsection (8) of section 768.28, Florida Statutes, is amended to read: (8) No attorney may charge, demand, receive, or collect, for services rendered, fees in excess of 25 percent of any judgment or settlement.""",'FL',['start.individual_accountability'])
for k in sys.argv[1:]:
    t,s,c=P[k]; print('==',k); run(t,s,c)
import json
B=None
