-if(true).
a.
-elif(true).
b.
-elif(true).
c.
-endif.
