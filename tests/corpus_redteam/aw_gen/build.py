import json, random, re, sys
sys.path.insert(0,'/tmp/aw')
from fmt import FILLER, wrap, paginate
from bills4 import B
TITLE={
'AW01':"Relating to law enforcement; to require de-escalation training; to provide a civil action against peace officers for the deprivation of state constitutional rights; and to provide for attorney fees and indemnification.",
'AW02':"An Act relating to civil actions for the deprivation of rights secured by the Constitution of the State of Alaska; relating to hiring of officers and stop data; and relating to actions against the state.",
'AW03':"AN ACT TO CREATE THE LAW ENFORCEMENT ACCOUNTABILITY ACT; TO PROVIDE A CAUSE OF ACTION AND A DUTY TO INTERVENE; TO REGULATE VEHICLE PURSUITS; AND FOR OTHER PURPOSES.",
'AW04':"AN ACT TO AMEND TITLE 10 OF THE DELAWARE CODE RELATING TO CIVIL ACTIONS FOR THE DEPRIVATION OF RIGHTS.",
'AW05':"A bill to be entitled An act relating to deputy sheriffs; creating s. 30.2915, F.S.; providing a civil remedy for unlawful searches and seizures; providing that qualified immunity is not a defense; providing for attorney fees; providing an effective date.",
'AW06':"RELATING TO CITY POLICE OFFICERS; AMENDING CHAPTER 9, TITLE 6, IDAHO CODE, BY THE ADDITION OF A NEW SECTION 6-930, IDAHO CODE, TO PROVIDE A CIVIL ACTION AGAINST CITY POLICE OFFICERS; PROVIDING AN APPROPRIATION; AND DECLARING AN EMERGENCY.",
'AW07':"A BILL FOR AN ACT to amend the Indiana Code concerning civil procedure.",
'AW08':"An Act relating to civil actions against law enforcement officers and records of complaints against officers.",
'AW09':"AN ACT concerning civil procedure; relating to actions for the deprivation of rights by public employees; attorney fees.",
'AW10':"A BILL FOR AN ACT relating to civil rights; to create a cause of action for deprivation of rights; to provide for indemnification; and to provide operative dates.",
'AW11':"AN ACT TO PROVIDE A CAUSE OF ACTION FOR THE USE OF EXCESSIVE FORCE BY CORRECTIONAL AND DETENTION OFFICERS AND TO PROVIDE FOR THE RELEASE OF RECORDINGS.",
'AW12':"A BILL for an Act to create and enact a new section to chapter 32-12.1 of the North Dakota Century Code, relating to civil actions against law enforcement officers; and to amend and reenact subsection 2 of section 32-12.1-03, relating to limits on liability.",
'AW13':"TO AMEND THE SOUTH CAROLINA CODE OF LAWS BY ADDING SECTION 15-3-710 SO AS TO PROVIDE A CIVIL ACTION AGAINST LAW ENFORCEMENT OFFICERS WHO DEPRIVE A PERSON OF STATE CONSTITUTIONAL RIGHTS.",
'AW14':"An Act to provide a civil action for the deprivation of state constitutional rights by public employees and to require the posting of judgments and settlements.",
'AW15':"AN ACT to create 893.835 of the statutes; relating to: civil actions against peace officers and making an appropriation.",
'AW16':"AN ACT relating to civil procedure; creating a cause of action against peace officers; providing for attorney fees; and providing for an effective date.",
'AW17':"Relating to peace officers; to provide immunity from civil liability for discretionary functions unless clearly established law is violated.",
'AW18':"AN ACT concerning the Kansas tort claims act; relating to exceptions from liability; amending K.S.A. 75-6104 and repealing the existing section.",
'AW19':"A BILL for an Act to create and enact a new section to chapter 32-12.2 of the North Dakota Century Code, relating to civil actions for excessive force.",
'AW20':"A BILL FOR AN ACT relating to law enforcement; to provide immunity for responses to civil disorder; and to provide for attorney's fees.",
'AW21':"Relating to the Alabama Peace Officers' Standards and Training Commission; to provide for the revocation of certification.",
'AW22':"An Act relating to immunity for administering opioid overdose drugs.",
'AW23':"AN ACT TO AMEND TITLE 11 OF THE DELAWARE CODE RELATING TO BODY-WORN CAMERAS.",
'AW24':"A bill to be entitled An act relating to sovereign immunity; amending s. 768.28, F.S.; increasing the limits on recovery; providing an effective date.",
'AW25':"A Resolution urging the Congress of the United States to abolish the doctrine of qualified immunity.",
'AW26':"AN ACT TO ESTABLISH THE JOINT LEGISLATIVE STUDY COMMISSION ON CIVIL REMEDIES FOR CONSTITUTIONAL VIOLATIONS.",
'AW27':"TO AMEND THE SOUTH CAROLINA CODE OF LAWS BY ADDING SECTION 23-23-170 SO AS TO REQUIRE LAW ENFORCEMENT AGENCIES TO ADOPT DUTY TO INTERVENE POLICIES.",
'AW28':"An Act to revise provisions regarding security deposits.",
'AW29':"AN ACT relating to law enforcement; providing rights for officers under investigation; amending defense and indemnification provisions.",
'AW30':"To amend the Police Complaints Board Act to require reporting on civil actions against members of the Metropolitan Police Department.",
}
ENACT={'AL':"BE IT ENACTED BY THE LEGISLATURE OF ALABAMA:",'AK':"BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF ALASKA:",'AR':"BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF ARKANSAS:",'DE':"BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:",'FL':"Be It Enacted by the Legislature of the State of Florida:",'ID':"Be It Enacted by the Legislature of the State of Idaho:",'IN':"Be it enacted by the General Assembly of the State of Indiana:",'IA':"BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA:",'KS':"Be it enacted by the Legislature of the State of Kansas:",'NE':"Be it enacted by the people of the State of Nebraska,",'NC':"The General Assembly of North Carolina enacts:",'ND':"BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF NORTH DAKOTA:",'SC':"Be it enacted by the General Assembly of the State of South Carolina:",'SD':"BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF SOUTH DAKOTA:",'WI':"The people of the state of Wisconsin, represented in senate and assembly, do enact as follows:",'WY':"Be It Enacted by the Legislature of the State of Wyoming:",'DC':"BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF COLUMBIA, That this act may be cited as the \"Police Complaints Reporting Amendment Act of 2027\"."}
PREFIX={'AL':'Section','AK':'Sec.','AR':'SECTION','DE':'Section','FL':'Section','ID':'SECTION','IN':'SECTION','IA':'Sec.','KS':'Sec.','NE':'Sec.','NC':'SECTION','ND':'SECTION','SC':'SECTION','SD':'Section','WI':'SECTION','WY':'Section','DC':'Sec.'}
EFF={'AL':"This act shall become effective on the first day of the third month following its passage and approval by the Governor, or its otherwise becoming law.",'AK':"This Act takes effect July 1, 2027.",'AR':"This act is effective on and after January 1, 2028.",'DE':"This Act shall take effect 90 days after its enactment into law.",'FL':"This act shall take effect October 1, 2027.",'ID':"An emergency existing therefor, which emergency is hereby declared to exist, this act shall be in full force and effect on and after its passage and approval.",'IN':"This act takes effect July 1, 2027.",'IA':"This Act takes effect July 1, 2027.",'KS':"This act shall take effect and be in force from and after its publication in the statute book.",'NE':"This act becomes operative on January 1, 2028.",'NC':"This act becomes effective December 1, 2027, and applies to acts occurring on or after that date.",'ND':"This Act applies to causes of action arising on or after August 1, 2027.",'SC':"This act takes effect upon approval by the Governor.",'SD':"This Act is effective on July 1, 2027.",'WI':"This act takes effect on the day after publication.",'WY':"This act is effective July 1, 2027.",'DC':"This act shall take effect following approval by the Mayor (or in the event of veto by the Mayor, action by the Council to override the veto), a 30-day period of congressional review, and publication in the District of Columbia Register."}
def style(bid, st, t):
    num={'AL':'HB312','AK':'HB 45','AR':'HB1402','DE':'HB 118','FL':'HB 431','ID':'HB 212','IN':'HB 1287','IA':'HF 456','KS':'HB 2311','NE':'LB412','NC':'H512','ND':'HB 1362','SC':'H. 3402','SD':'HB 1134','WI':'AB 345','WY':'HB0089','DC':'B27-0412'}[st]
    n=num.split()[-1]
    if st=='AL': return dict(per=28,w=62,ns='perpage',head=lambda p,t:[f"{num}                                   INTRODUCED",""],foot=lambda p,t:["",f"Page {p}"],
        front=[f"{num}", "By Representatives Hollis, Greer and Mabry", "RFD: Judiciary", "First Read: 14-Jan-27", "A BILL", "TO BE ENTITLED", "AN ACT"])
    if st=='AK': return dict(per=31,w=64,ns='perpage',head=lambda p,t:(["IN THE LEGISLATURE OF THE STATE OF ALASKA","THIRTY-FIFTH LEGISLATURE - FIRST SESSION","BY REPRESENTATIVES TULIK AND HARMON",""] if p==1 else ["35-LS0217\\A",""]),foot=lambda p,t:["",f"HB 45                                -{p}-                      35-LS0217\\A","New Text Underlined [DELETED TEXT BRACKETED]"],front=["HOUSE BILL NO. 45"])
    if st=='AR': return dict(per=36,w=66,ns='perpage',head=lambda p,t:(["Stricken language would be deleted from and underlined language would be added to present law.","Act 611 of the Regular Session",""] if p==1 else ["As Engrossed: H2/10/27                                   HB1402",""]),foot=lambda p,t:["",f"                              {p}          02-10-2027 10:41:17 JMB076"],front=["State of Arkansas","96th General Assembly","Regular Session, 2027","HOUSE BILL 1402","By: Representatives Dunlap, Okafor","For An Act To Be Entitled"])
    if st=='DE': return dict(per=40,w=70,ns='running',head=lambda p,t:(["SPONSOR: Rep. Whitcomb & Sen. Osei","Reps. Lindqvist, Paredes; Sens. Crane, Boateng",""] if p==1 else []),foot=lambda p,t:["",f"Page {p} of {t}","LC : DIG : CM 0761540023","Released: 03/04/2027 11:02 AM"],front=["DELAWARE STATE SENATE" if False else "HOUSE OF REPRESENTATIVES","154th GENERAL ASSEMBLY","HOUSE BILL NO. 118"])
    if st=='FL': return dict(per=25,w=62,ns='running',head=lambda p,t:["F L O R I D A   H O U S E   O F   R E P R E S E N T A T I V E S","",f"HB 431                                                    2027",""],foot=lambda p,t:["","CODING: Words stricken are deletions; words underlined are additions.",f"hb0431-00                                            Page {p} of {t}"],front=[])
    if st=='ID': return dict(per=40,w=66,ns='perpage',head=lambda p,t:(["LEGISLATURE OF THE STATE OF IDAHO","Sixty-ninth Legislature                    First Regular Session - 2027",""] if p==1 else ["",f"                                  {p}",""]),foot=lambda p,t:[],front=["IN THE HOUSE OF REPRESENTATIVES","HOUSE BILL NO. 212","BY JUDICIARY, RULES AND ADMINISTRATION COMMITTEE","AN ACT"])
    if st=='IN': return dict(per=42,w=64,ns='perpage',head=lambda p,t:([] if p==1 else [f"{p}",""]),foot=lambda p,t:["",f"2027                     IN 1287—LS 7012/DI 106"],front=["Introduced Version","HOUSE BILL No. 1287","DIGEST OF INTRODUCED BILL", "Citations Affected: IC 34-13.", "Synopsis: Civil actions. "+("Provides a civil action against state police officers, makes qualified immunity unavailable, raises the tort claims limit for those actions, and provides for decertification." if bid=='AW07' else "Provides that a law enforcement officer may assert a defense of reasonable belief."), "Effective: July 1, 2027.", "Introduced", "First Regular Session of the 125th General Assembly (2027)"])
    if st=='IA': return dict(per=35,w=60,ns='iowa',head=lambda p,t:([f"House File 456 - Introduced",""] if p==1 else [f"H.F. 456",""]),foot=lambda p,t:["","LSB 1503YH (4) 92",f"rh/jh                                              {p}/{t}"],front=["HOUSE FILE 456" if bid!='AW25' else "HOUSE RESOLUTION 12","BY COMMITTEE ON JUDICIARY"])
    if st=='KS': return dict(per=43,w=66,ns='running',head=lambda p,t:(["Session of 2027",""] if p==1 else [f"HB 2311                                                       {p}",""]),foot=lambda p,t:[],front=["HOUSE BILL No. 2311","By Committee on Judiciary","1-28"])
    if st=='NE': return dict(per=25,w=62,ns='perpage',head=lambda p,t:(["LEGISLATURE OF NEBRASKA","ONE HUNDRED TENTH LEGISLATURE","FIRST SESSION",""] if p==1 else ["LB412                                                       LB412","2027                                                         2027",""]),foot=lambda p,t:["",f"                              -{p}-"],front=["LEGISLATIVE BILL 412","Introduced by Vance, 31; Oyelaran, 7.","Read first time January 12, 2027","Committee: Judiciary"])
    if st=='NC': return dict(per=36,w=70,ns='perpage',head=lambda p,t:(["GENERAL ASSEMBLY OF NORTH CAROLINA","SESSION 2027","H                                                                 1","HOUSE BILL 512",""] if p==1 else [f"General Assembly Of North Carolina                    Session 2027",""]),foot=lambda p,t:["",f"Page {p}                 House Bill 512-First Edition"],front=["Short Title: Civil Remedies Act.                              (Public)","Sponsors: Representatives Ashby, Mercer, and Tolliver (Primary Sponsors).","Referred to: Judiciary 1, if favorable, Appropriations, if favorable, Rules.","March 3, 2027","A BILL TO BE ENTITLED"])
    if st=='ND': return dict(per=24,w=70,ns='perpage',head=lambda p,t:["Sixty-ninth","Legislative Assembly",""] if p>1 else ["27.0561.01000","Sixty-ninth","Legislative Assembly","of North Dakota",""],foot=lambda p,t:["",f"Page No. {p}                                               27.0561.01000"],front=["HOUSE BILL NO. 1362","Introduced by","Representatives Lindgren, Bakke"])
    if st=='SC': return dict(per=44,w=64,ns='running',head=lambda p,t:[],foot=lambda p,t:["",f"[3402]                              {p}"],front=["A BILL"])
    if st=='SD': return dict(per=24,w=66,ns='perpage',head=lambda p,t:(["State of South Dakota","ONE HUNDRED SECOND SESSION","LEGISLATIVE ASSEMBLY, 2027",""] if p==1 else [f"27.319.11                           {p}                           1134",""]),foot=lambda p,t:["","Underscores indicate new language.","Overstrikes indicate deleted language."] if p==1 else [],front=["400Y0219                    HOUSE BILL NO. 1134","Introduced by: Representatives Hegg and Brandvold"])
    if st=='WI': return dict(per=25,w=62,ns='perpage',head=lambda p,t:([f"2027 - 2028 LEGISLATURE                            LRB-2231/1",""] if p==1 else [f"2027 - 2028 Legislature             - {p} -             LRB-2231/1","                                                          JK:amn",""]),foot=lambda p,t:[],front=["2027 ASSEMBLY BILL 345","February 6, 2027 - Introduced by Representatives Sorensen and Adeyemi. Referred to Committee on Judiciary."])
    if st=='WY': return dict(per=24,w=64,ns='perpage',head=lambda p,t:(["2027","STATE OF WYOMING","27LSO-0298",""] if p==1 else []),foot=lambda p,t:["",f"                                {p}                          HB0089"],front=["HOUSE BILL NO. HB0089","Sponsored by: Representative(s) Kessler and Okonkwo","A BILL","for"])
    if st=='DC': return dict(per=30,w=66,ns='running',head=lambda p,t:[],foot=lambda p,t:["",f"                                   {p}"],front=["Councilmember Ana Ruiz","A BILL","27-0412","IN THE COUNCIL OF THE DISTRICT OF COLUMBIA"])
WIWI={'AW15':"Analysis by the Legislative Reference Bureau. This bill creates a cause of action against a peace officer who deprives a person of a right secured by the Wisconsin Constitution. Under the bill, qualified immunity is not a defense to the action, and the court must award attorney fees to a prevailing plaintiff. The bill also requires de-escalation training and makes an appropriation. For further information see the state fiscal estimate, which will be printed as an appendix to this bill."}
import copy
out=[]; clean={}
rng=random.Random(14)
for bid in sorted(B):
    b=B[bid]; st=b['state']; pre=PREFIX[st]
    s=style(bid,st,None)
    paras=list(s['front'])+[TITLE[bid]]
    if bid in WIWI: paras.append(WIWI[bid])
    if bid!='AW25': paras.append(ENACT[st])
    body=[]; ops=list(b['op']); k=1
    fills=b['fill']
    # extend fillers to reach length
    extra=[f for f in ['service','interest','venue','mediation','jury','custody','data','hiring','wellness','pursuit','training','bodycam'] if f not in fills]
    if bid=='AW25':
        body=ops
    else:
        import re as _re
        pat=_re.compile(r'^(Section|SECTION|Sec\.|New Section) (\d+)\.' if st!='IN' else r'^(SECTION) (\d+)\.')
        groups=[]  # (num, [paras])
        for o in ops:
            m=pat.match(o)
            if m: groups.append([int(m.group(2)),[o]])
            else: groups[-1][1].append(o)
        used={g[0] for g in groups}
        pool=[f for f in fills if f!='OP']+[f for f in ['grants','chokehold','warrants','reports','mental','service','interest','venue','mediation','jury','custody','data','hiring','wellness','pursuit','training','bodycam','approp'] if f not in fills]
        target=rng.choice([100,130,160,200,240])
        acad={'AL':"Alabama Peace Officers' Standards and Training Commission",'KS':"Kansas commission on peace officers' standards and training"}.get(st,"law enforcement standards board")
        n=1; gi=0
        def nlines(): return sum(len(p) for p in paras+body)/s['w']*1.05+len(paras+body)*0.5
        while gi<len(groups) or (nlines()<target and pool):
            if n in used:
                body.extend(groups[gi][1]); gi+=1
            elif gi<len(groups) and (n>=groups[gi][0] ):
                pass
            else:
                f=pool.pop(0) if pool else None
                if f is None: break
                pre_n = ('Section' if (st=='IA' and n==1) else pre)
                body.append(FILLER[f].format(S=f"{pre_n} {n}", academy=acad))
            n+=1
        body.append(f"{pre} {n}. {EFF[st]}")
    allp=paras+body
    lines=wrap(allp, s['w'], rng, hyphp=0.3)
    text,npages=paginate(lines, s['per'], s['head'], s['foot'], s['ns'])
    if st=='SC' or st=='DC': text=text.rstrip('\n')+"\n\n                         ----XX----\n"
    clean[bid]="\n".join(allp)
    out.append(dict(id=bid, style=f"{st} plain-text print, {npages} pages, {len(lines)} numbered lines, numbering {s['ns']}", state=st, text=text, labels=b['labels'], reasons=dict(zip(b['labels'].keys(), b['reasons']))))
    print(bid, st, npages, len(lines))
with open('/work/wt-aw/tests/corpus_redteam/batch_aw.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+"\n")
json.dump(clean, open('/tmp/aw/clean.json','w'))
