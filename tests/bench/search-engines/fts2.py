# Candidate C of issue 18 (Python sketch): FTS5 unicode61, contentless, detail=none, own CJK bigrams.
import sqlite3, os, time, unicodedata, re
root=os.environ.get('CORPUS','/work/shared/corpus'); db=os.environ.get('OUT','/tmp/search-engines')+'/fts2.db'
if os.path.exists(db): os.remove(db)
cjk=re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+')
def seg(s):
    def rep(m):
        r=m.group(0)
        return ' '+' '.join([r[i:i+2] for i in range(len(r)-1)]+[r[-1]])+' '
    return cjk.sub(rep,s)
t=time.time()
files=[os.path.join(d,f) for d,_,fs in os.walk(root) for f in fs if f.endswith('.md')]
c=sqlite3.connect(db); c.execute("pragma journal_mode=off"); c.execute("pragma synchronous=off")
c.execute("create virtual table t using fts5(body, content='', detail=none, tokenize='unicode61 remove_diacritics 0')")
c.execute("begin")
rid=0
for p in files:
    s=unicodedata.normalize('NFKC',open(p,encoding='utf-8',errors='replace').read()).lower()
    for sec in s.split('\n## '):
        rid+=1; c.execute("insert into t(rowid,body) values(?,?)",(rid,seg(sec)))
c.execute("commit"); c.execute("insert into t(t) values('optimize')")
print('build s',time.time()-t,'size MB',os.path.getsize(db)/1e6)
for q in ['moondrop','バラ AND ラン AND ンス AND スド','balanced AND armature','sony NOT balanced']:
    ts=[]
    for i in range(30):
        t=time.time(); r=c.execute("select rowid from t where t match ? order by bm25(t) limit 50",(q,)).fetchall(); ts.append(time.time()-t)
    ts.sort(); print(q,len(r),'p95 ms',ts[27]*1000)
