#include <cstdlib>
// Candidate B of issue 18: Xapian, TermGenerator/QueryParser with FLAG_CJK_NGRAM, one document per "## " section.
#include <xapian.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>
#include <chrono>
#include <vector>
#include <algorithm>
namespace fs=std::filesystem;
using clk=std::chrono::steady_clock;
int main(){
  std::string db=std::string(getenv("OUT")?getenv("OUT"):"/tmp/search-engines")+"/xap.db"; fs::remove_all(db);
  auto t0=clk::now();
  {
  Xapian::WritableDatabase w(db, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator tg; tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  w.begin_transaction(false);
  for(auto&e:fs::recursive_directory_iterator((getenv("CORPUS")?getenv("CORPUS"):"/work/shared/corpus"))){
    if(e.path().extension()!=".md")continue;
    std::ifstream f(e.path()); std::stringstream ss; ss<<f.rdbuf(); std::string s=ss.str();
    size_t pos=0; int sec=0;
    while(pos<s.size()){ size_t n=s.find("\n## ",pos+1); if(n==std::string::npos)n=s.size();
      Xapian::Document d; tg.set_document(d); tg.index_text(s.substr(pos,n-pos));
      d.set_data(e.path().string()+"#"+std::to_string(sec++)); w.add_document(d); pos=n;}
  }
  w.commit_transaction(); w.commit();
  }
  double bs=std::chrono::duration<double>(clk::now()-t0).count();
  uintmax_t sz=0; for(auto&e:fs::directory_iterator(db)) sz+=e.file_size();
  std::cout<<"build s "<<bs<<" size MB "<<sz/1e6<<"\n";
  Xapian::Database r(db); Xapian::QueryParser qp; qp.set_database(r);
  unsigned fl=Xapian::QueryParser::FLAG_DEFAULT|Xapian::QueryParser::FLAG_CJK_NGRAM;
  for(std::string q: {"moondrop","バランスド","\"balanced armature\"","sony -balanced","crosstalk"}){
    std::vector<double> ts; Xapian::doccount est=0;
    for(int i=0;i<30;i++){auto t=clk::now(); Xapian::Enquire en(r); en.set_query(qp.parse_query(q,fl)); auto m=en.get_mset(0,50); est=m.get_matches_estimated(); for(auto it=m.begin();it!=m.end();++it) (void)it.get_document().get_data(); ts.push_back(std::chrono::duration<double,std::milli>(clk::now()-t).count());}
    std::sort(ts.begin(),ts.end()); std::cout<<q<<" p95 ms "<<ts[27]<<" est "<<est<<"\n";
  }
}
