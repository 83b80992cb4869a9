# Candidate A of issue 18: SQLite FTS5 trigram tokenizer (the same libsqlite3 the Qt QSQLITE plugin links).
import sqlite3, os, time, sys, unicodedata, statistics
root=os.environ.get('CORPUS','/work/shared/corpus')
db=os.environ.get('OUT','/tmp/search-engines')+'/fts.db'
if os.path.exists(db): os.remove(db)
t=time.time()
files=[]
for d,_,fs in os.walk(root):
    for f in fs:
        if f.endswith('.md'): files.append(os.path.join(d,f))
c=sqlite3.connect(db)
c.execute("pragma journal_mode=off"); c.execute("pragma synchronous=off")
c.execute("create virtual table t using fts5(path unindexed, section unindexed, body, tokenize='trigram')")
rows=[]
for p in files:
    s=unicodedata.normalize('NFKC',open(p,encoding='utf-8',errors='replace').read()).lower()
    # split by sections
    secs=s.split('\n## ')
    for i,sec in enumerate(secs): rows.append((p,str(i),sec))
c.executemany("insert into t values(?,?,?)",rows)
c.commit()
c.execute("insert into t(t) values('optimize')"); c.commit()
print('build s',time.time()-t,'rows',len(rows),'size MB',os.path.getsize(db)/1e6)
qs={'en':'"moondrop"','ja':'"バランスド"','phrase':'"balanced armature"','excl':'"sony" NOT "balanced"','en2':'"crosstalk"'}
for n,q in qs.items():
    ts=[]
    for i in range(30):
        t=time.time(); r=c.execute("select path, bm25(t) from t where t match ? order by bm25(t) limit 50",(q,)).fetchall(); ts.append(time.time()-t)
    ts.sort(); print(n,len(r),'p95 ms',ts[int(len(ts)*.95)-1]*1000, 'count', c.execute("select count(*) from t where t match ?",(q,)).fetchone())
